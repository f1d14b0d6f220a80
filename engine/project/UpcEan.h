#pragma once

#include <optional>
#include <string>
#include <string_view>

// The album's barcode: UPC-A (12 digits) or EAN-13 (13 digits), the last digit a
// GS1 check digit over the others.
namespace lathe::upcean {

// The GS1 check digit for the digits before it (weights 3, 1, 3, ... from the right).
int checkDigit(std::string_view digitsWithoutCheck);

// Why the code is invalid, or nullopt when it is a valid UPC-A or EAN-13.
std::optional<std::string> problem(std::string_view code);

}  // namespace lathe::upcean
