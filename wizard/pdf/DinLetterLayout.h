#pragma once

// DIN 5008 Form B measures in millimetres from the top-left corner of an A4
// page, for a DL window envelope (see shared/DOMAIN.md). Tests read the PDF
// back against these same numbers.
namespace DinLetterLayout {
constexpr double pageWidth = 210.0;
constexpr double pageHeight = 297.0;
constexpr double leftMargin = 25.0;
constexpr double rightMargin = 20.0;
constexpr double textWidth = pageWidth - leftMargin - rightMargin;

constexpr double letterheadTop = 15.0;

constexpr double addressFieldLeft = 20.0;
constexpr double addressFieldTop = 45.0;
constexpr double addressFieldWidth = 85.0;
constexpr double addressFieldHeight = 45.0;
constexpr double returnZoneHeight = 17.7; // return address and notes
constexpr double recipientZoneTop = addressFieldTop + returnZoneHeight;

constexpr double infoBlockLeft = 125.0;
constexpr double infoBlockTop = 50.0;
constexpr double infoBlockWidth = pageWidth - rightMargin - infoBlockLeft;

constexpr double firstPageBodyTop = 98.5; // two blank lines below the address field
constexpr double nextPageBodyTop = 20.0;
constexpr double bodyBottom = 277.0;
constexpr double pageNumberTop = 282.0;

constexpr double foldMarkTop = 105.0;
constexpr double foldMarkBottom = 210.0;
constexpr double holeMark = 148.5;
constexpr double markLeft = 4.0;
constexpr double foldMarkLength = 5.0;
constexpr double holeMarkLength = 8.0;
} // namespace DinLetterLayout
