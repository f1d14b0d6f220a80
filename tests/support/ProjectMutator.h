#pragma once

#include "project/JsonDocument.h"

#include <random>
#include <string>
#include <utility>

// Mutates a valid project the ways hand edits, broken tools and hostile files do, for
// the mutation fuzz tests (engine: parseProject; cli: lathe-cli render). Deterministic
// for a seed.
namespace lathe::test {

enum class Mutation {
    SwapType, RemoveKey, UnknownKey, ExtremeNumber, HugeString, InvalidUtf8,
    DeepNesting, DuplicateKey, BrokenSyntax, Several, Count
};

const char* nameOf(Mutation mutation);

class ProjectMutator {
public:
    ProjectMutator(const std::string& projectText, unsigned seed);

    // One mutant and what was done to it.
    std::pair<Mutation, std::string> next();

private:
    std::size_t pick(std::size_t count);
    Json otherTypeValue();
    Json extremeNumber();
    void applyToTree(Mutation mutation, Json& document, std::string& rawAtMarker);
    void breakSyntax(std::string& text);

    Json m_original;
    std::mt19937 m_random;
};

}  // namespace lathe::test
