#pragma once

#include <stdexcept>
#include <string>

namespace lathe {

// What went wrong decides the CLI's exit code and the UI's dialog, so every error
// the engine reports to a person carries one of these kinds.
enum class ErrorKind {
    BadInput,     // the input (a file, a project, a flag) is unusable: exit 2
    WriteFailed,  // an output could not be written: exit 3
    Internal,     // a bug or an impossible state
};

// An error a person can act on: `what()` names the file (and the JSON path or field)
// first, then the reason, e.g. "album.lathe: tracks[2].isrc: expected 12 characters".
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& subject, const std::string& reason)
        : std::runtime_error(subject.empty() ? reason : subject + ": " + reason),
          m_kind(kind), m_subject(subject), m_reason(reason) {}

    ErrorKind kind() const noexcept { return m_kind; }
    const std::string& subject() const noexcept { return m_subject; }
    const std::string& reason() const noexcept { return m_reason; }

private:
    ErrorKind m_kind;
    std::string m_subject;
    std::string m_reason;
};

inline Error badInput(const std::string& subject, const std::string& reason) {
    return Error(ErrorKind::BadInput, subject, reason);
}

inline Error writeFailed(const std::string& subject, const std::string& reason) {
    return Error(ErrorKind::WriteFailed, subject, reason);
}

}  // namespace lathe
