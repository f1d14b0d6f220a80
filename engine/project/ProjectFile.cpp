#include "project/ProjectFile.h"

#include "io/AtomicFile.h"
#include "project/JsonDocument.h"
#include "project/ProjectJsonReader.h"
#include "project/ProjectJsonWriter.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

namespace lathe {
namespace {

std::filesystem::path folderOf(const std::filesystem::path& file) {
    return std::filesystem::absolute(file).lexically_normal().parent_path();
}

std::string readDocumentText(const std::filesystem::path& file) {
    const std::string name = file.string();
    std::error_code error;
    if (std::filesystem::is_directory(file, error))
        throw badInput(name, "is a folder, not a file");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw badInput(name, std::string("cannot open: ") + std::strerror(errno));
    // Checked before reading so a huge file is never loaded into memory.
    const auto size = std::filesystem::file_size(file, error);
    if (!error && size > kMaxProjectBytes)
        throw ProjectError(name, {tooLargeProblem(size)});
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw badInput(name, "cannot read the file");
    return text;
}

}  // namespace

namespace {

ProjectReading readText(const std::string& jsonText, const std::filesystem::path& projectDir,
                        std::optional<ValidationStage> stage) {
    ProjectReading reading;
    const auto document = parseJsonDocument(jsonText, reading.problems);
    if (!document)
        return reading;
    ProjectJsonReader reader(projectDir);
    Project project = reader.read(*document);
    reading.problems.insert(reading.problems.end(), reader.problems().begin(), reader.problems().end());
    // A foreign or newer document was not read, so there is nothing to validate.
    if (reader.headerAccepted()) {
        if (stage) {
            const auto invalid = validateProject(project, *stage);
            reading.problems.insert(reading.problems.end(), invalid.begin(), invalid.end());
        }
        reading.project = std::move(project);
    }
    return reading;
}

}  // namespace

Project parseProject(const std::string& jsonText, const std::filesystem::path& projectDir,
                     const std::string& fileName) {
    ProjectReading reading = readText(jsonText, projectDir, ValidationStage::Editing);
    if (!reading.problems.empty())
        throw ProjectError(fileName, std::move(reading.problems));
    return std::move(*reading.project);
}

ProjectReading readProject(const std::filesystem::path& file) {
    return readText(readDocumentText(file), folderOf(file), std::nullopt);
}

Project loadProject(const std::filesystem::path& file) {
    return parseProject(readDocumentText(file), folderOf(file), file.string());
}

Chain parseChain(const std::string& jsonText, double sampleRate, const std::string& fileName) {
    std::vector<ProjectProblem> problems;
    const auto document = parseJsonDocument(jsonText, problems);
    if (!document)
        throw ProjectError(fileName, std::move(problems));
    ProjectJsonReader reader{std::filesystem::path()};
    Chain chain = reader.readChain(*document);
    problems.insert(problems.end(), reader.problems().begin(), reader.problems().end());
    const auto invalid = validateChain(chain, sampleRate);
    problems.insert(problems.end(), invalid.begin(), invalid.end());
    if (!problems.empty())
        throw ProjectError(fileName, std::move(problems));
    return chain;
}

Chain loadChain(const std::filesystem::path& file, double sampleRate) {
    return parseChain(readDocumentText(file), sampleRate, file.string());
}

std::string serializeProject(const Project& project, const std::filesystem::path& projectDir) {
    return ProjectJsonWriter(projectDir).toText(project);
}

std::filesystem::path projectBackupPath(const std::filesystem::path& file) {
    std::filesystem::path backup = file;
    backup += "~";
    return backup;
}

void saveProject(const Project& project, const std::filesystem::path& file) {
    AtomicFile::write(file, serializeProject(project, folderOf(file)), projectBackupPath(file));
}

}  // namespace lathe
