#pragma once

#include <QPalette>

// A dark desktop theme as KDE's Breeze Dark sets it, every role given (the
// 3D roles too, which styles draw frames and indicators with).
inline QPalette darkPalette()
{
    QPalette dark;
    const auto set = [&dark](QPalette::ColorRole role, QColor active, QColor disabled) {
        dark.setColor(QPalette::Active, role, active);
        dark.setColor(QPalette::Inactive, role, active);
        dark.setColor(QPalette::Disabled, role, disabled);
    };
    set(QPalette::Window, QColor(32, 35, 38), QColor(30, 33, 36));
    set(QPalette::WindowText, QColor(252, 252, 252), QColor(110, 113, 116));
    set(QPalette::Base, QColor(20, 22, 24), QColor(18, 20, 22));
    set(QPalette::AlternateBase, QColor(29, 31, 34), QColor(26, 28, 30));
    set(QPalette::Text, QColor(252, 252, 252), QColor(101, 101, 101));
    set(QPalette::Button, QColor(41, 44, 48), QColor(38, 41, 44));
    set(QPalette::ButtonText, QColor(252, 252, 252), QColor(113, 116, 119));
    set(QPalette::Light, QColor(64, 69, 75), QColor(60, 65, 70));
    set(QPalette::Midlight, QColor(52, 56, 61), QColor(48, 52, 56));
    set(QPalette::Mid, QColor(34, 37, 40), QColor(32, 35, 38));
    set(QPalette::Dark, QColor(17, 18, 20), QColor(16, 17, 19));
    set(QPalette::Shadow, QColor(0, 0, 0), QColor(0, 0, 0));
    set(QPalette::Highlight, QColor(61, 174, 233), QColor(41, 44, 48));
    set(QPalette::HighlightedText, QColor(252, 252, 252), QColor(113, 116, 119));
    set(QPalette::Link, QColor(29, 153, 243), QColor(29, 153, 243));
    set(QPalette::LinkVisited, QColor(155, 89, 182), QColor(155, 89, 182));
    set(QPalette::ToolTipBase, QColor(41, 44, 48), QColor(41, 44, 48));
    set(QPalette::ToolTipText, QColor(252, 252, 252), QColor(252, 252, 252));
    set(QPalette::PlaceholderText, QColor(161, 169, 177), QColor(110, 113, 116));
    return dark;
}

// Black on white turned round, as the high-contrast themes of Windows and
// GNOME do: white text on black, yellow links and selection.
inline QPalette highContrastPalette()
{
    QPalette palette(Qt::white, Qt::black, Qt::white, Qt::darkGray, Qt::gray, Qt::white, Qt::white,
                     Qt::black, Qt::black);
    palette.setColor(QPalette::Highlight, Qt::yellow);
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, Qt::yellow);
    return palette;
}
