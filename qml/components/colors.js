// SPDX-License-Identifier: MIT
// Colours derived from the palette, so light, dark and high-contrast themes all
// work. The only fixed hues are semantic accents (green "verified", red
// "failed", amber "waiting"), each in a light- and a dark-theme shade that keeps
// at least 4.5:1 contrast against the palette's base.
.pragma library

// A fixed colour as a color value (a "#rrggbb" string has no .r/.g/.b for mix()).
function hex(code) {
    return Qt.rgba(parseInt(code.substr(1, 2), 16) / 255, parseInt(code.substr(3, 2), 16) / 255,
                   parseInt(code.substr(5, 2), 16) / 255, 1)
}

function isDark(palette) {
    return palette.base.hslLightness < 0.5
}

function alpha(c, a) {
    return Qt.rgba(c.r, c.g, c.b, a)
}

// c over background at strength t (0: background, 1: c), opaque.
function mix(background, c, t) {
    return Qt.rgba(background.r + (c.r - background.r) * t,
                   background.g + (c.g - background.g) * t,
                   background.b + (c.b - background.b) * t, 1)
}

// Secondary text: still readable (about 5:1 on base in both themes).
function dim(palette, c) {
    return mix(palette.base, c === undefined ? palette.text : c, 0.68)
}

function success(palette) {
    return hex(isDark(palette) ? "#57c27a" : "#1d7a39")
}

function danger(palette) {
    return hex(isDark(palette) ? "#ff8a80" : "#c0271d")
}

function warning(palette) {
    return hex(isDark(palette) ? "#e3b341" : "#8a5a00")
}

// Hairlines between rows and around panes.
function line(palette) {
    return mix(palette.base, palette.text, isDark(palette) ? 0.16 : 0.11)
}

// A subtle fill for hovered rows and sections.
function hover(palette) {
    return alpha(palette.highlight, 0.09)
}

// The accent for a row's state (progress bar, status text).
function stateAccent(palette, stateName) {
    switch (stateName) {
    case "failed": return danger(palette)
    case "waiting": return warning(palette)
    case "complete": return success(palette)
    case "paused": return mix(palette.base, palette.text, 0.45)
    default: return palette.highlight
    }
}
