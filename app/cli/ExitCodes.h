#pragma once

namespace lathe::cli {

// cli.md's exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitCheckFailed = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitWriteFailed = 3;

}  // namespace lathe::cli
