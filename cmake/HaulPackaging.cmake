# Packaging: the app's metadata, desktop integration, icons, per-platform
# deployment and CPack (.deb + .tar.gz on Linux, NSIS on Windows, DMG on macOS).
# Included at the very end of the root CMakeLists.txt, once every target exists.
# installer/README.md explains the files and how each installer is built.
#
# What goes into the installers: the install COMPONENT "runtime" only. The
# install() rules in src/app, src/cli and cmake/HaulInstall.cmake carry no
# COMPONENT, so they all land in "Unspecified" together with the static
# libraries, headers and CMake package of the embeddable library. Rather than
# editing them, this file installs haul and haul-cli a second time as
# "runtime" (same destination: a full `cmake --install` just writes them
# twice) plus everything the desktop needs, and CPACK_INSTALL_CMAKE_PROJECTS
# tells CPack to install that one component. `cmake --install` without
# --component still installs everything, for find_package(Haul) users.
include_guard(GLOBAL)
include(GNUInstallDirs)

# ---------------------------------------------------------------------------
# One set of metadata. Everything below and every template in installer/
# takes its strings from these variables.
set(HAUL_APP_ID "io.haul.Haul")
set(HAUL_APP_NAME "Haul")
set(HAUL_APP_SUMMARY "Downloads that never corrupt and always resume")
set(HAUL_APP_VERSION "${PROJECT_VERSION}")
set(HAUL_APP_EXECUTABLE "haul")
# The date of this version's release: the AppStream <release> and the Debian changelog.
set(HAUL_RELEASE_DATE "2026-12-01")
set(HAUL_VENDOR "The Haul authors")
set(HAUL_COPYRIGHT_YEARS "2026")
set(HAUL_LICENSE_SPDX "MIT")
set(HAUL_CONTACT_EMAIL "maintainers@haul.invalid" CACHE STRING "Contact address in the installers")
set(HAUL_MAINTAINER "Haul maintainers <${HAUL_CONTACT_EMAIL}>")
set(HAUL_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}" CACHE STRING "Homepage in the installers and AppStream data")
# The release workflow passes the real repository (github.server_url/github.repository).
set(HAUL_REPOSITORY_URL "https://haul.invalid/source" CACHE STRING "Source repository (bug tracker: <url>/issues)")
set(HAUL_SCREENSHOT_URL "" CACHE STRING
    "AppStream screenshot, an https PNG (empty: <repository>/raw/v<version>/docs/screenshots/queue-light.png)")
if(HAUL_SCREENSHOT_URL)
    set(HAUL_SCREENSHOT "${HAUL_SCREENSHOT_URL}")
else()
    set(HAUL_SCREENSHOT "${HAUL_REPOSITORY_URL}/raw/v${PROJECT_VERSION}/docs/screenshots/queue-light.png")
endif()
set(HAUL_DEB_RELEASE "1" CACHE STRING "Debian revision of the .deb (e.g. 1~deb12)")
set(HAUL_MACOS_MINIMUM "11.0")
# Windows matches upgrades of an MSI by this; never change it.
set(HAUL_WIX_UPGRADE_GUID "5C0B8F4E-7A2D-4C1B-9E36-2F8D4A6B1C70")
set(HAUL_DESCRIPTION
    "Haul fetches every file with byte-range resume guarded by a strong ETag,
checkpoints it crash-safely beside the download, hashes it as it arrives and
gives it its final name only once it is complete. The queue survives crashes
and reboots, and every download resumes from its last checkpoint. The package
holds the Qt Quick desktop app (haul) and the command-line downloader on the
same engine (haul-cli).")
set(HAUL_LICENSE_FILE "${PROJECT_SOURCE_DIR}/LICENSE")
if(NOT EXISTS "${HAUL_LICENSE_FILE}")
    set(HAUL_LICENSE_FILE "${PROJECT_SOURCE_DIR}/installer/LICENSE.txt")
endif()
string(REPLACE "." ";" _haul_version_parts "${PROJECT_VERSION}.0.0")
list(GET _haul_version_parts 2 HAUL_VERSION_PATCH)

set(HAUL_DEB_PACKAGE "haul")
set(HAUL_DEB_VERSION "${HAUL_APP_VERSION}-${HAUL_DEB_RELEASE}")
# QML modules and plugins the app loads at run time. dpkg-shlibdeps only sees
# shared libraries; these are found by import or as plugins, so they are named
# here. tests/install checks that every Qt module qml/ imports is covered.
#   QtQuick, QtQuick.Controls (+ .impl, Fusion), QtQuick.Layouts, QtQuick.Dialogs:
#     imported by qml/
#   QtQuick.Window: imported by the Fusion style's ApplicationWindow
#   QtQuick.Templates: every Controls style is built on it
#   QtQml.WorkerScript: pulled in by QtQuick's own imports (a fresh Debian root fails without it)
#   Qt.labs.folderlistmodel: the non-native FolderDialog (Add, Settings) imports it
#   libqt6sql6-sqlite: the QSQLITE driver for the queue database
#   libqt6svg6: the SVG image/icon plugins for the app and toolbar icons
# Not needed: qml6-module-qt-labs-platform (no qml/ file imports Qt.labs.platform;
# the tray is QSystemTrayIcon) and qt6-qpa-plugins (xcb is in libqt6gui6).
set(HAUL_DEB_RUNTIME_DEPENDS
    qml6-module-qtquick
    qml6-module-qtquick-window
    qml6-module-qtqml-workerscript
    qml6-module-qtquick-controls
    qml6-module-qtquick-templates
    qml6-module-qtquick-layouts
    qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel
    libqt6sql6-sqlite
    libqt6svg6)

set(_haul_pkg_dir "${CMAKE_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${_haul_pkg_dir}")

# ---------------------------------------------------------------------------
# Icons: hicolor PNGs rendered from the one SVG at build time, a Windows .ico
# and a macOS .iconset (+ .icns where iconutil exists, i.e. on macOS).
set(HAUL_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/haul.svg")
set(HAUL_ICON_SIZES 16 24 32 48 64 128 256 512)
set(_haul_icon_dir "${_haul_pkg_dir}/icons")

find_program(HAUL_RSVG_CONVERT rsvg-convert)
if(WIN32)
    # convert.exe in System32 is a file system tool, not ImageMagick.
    find_program(HAUL_IMAGEMAGICK NAMES magick)
else()
    find_program(HAUL_IMAGEMAGICK NAMES magick convert)
endif()

set(_haul_icon_outputs "")
set(_haul_png_ok OFF)
if(HAUL_RSVG_CONVERT OR HAUL_IMAGEMAGICK)
    set(_haul_png_ok ON)
    foreach(_size IN LISTS HAUL_ICON_SIZES ITEMS 1024)
        set(_png "${_haul_icon_dir}/hicolor/${_size}x${_size}/apps/${HAUL_APP_ID}.png")
        if(HAUL_RSVG_CONVERT)
            set(_cmd "${HAUL_RSVG_CONVERT}" --width ${_size} --height ${_size} --keep-aspect-ratio
                --output "${_png}" "${HAUL_ICON_SVG}")
        else()
            set(_cmd "${HAUL_IMAGEMAGICK}" -background none -density 384 "${HAUL_ICON_SVG}"
                -resize ${_size}x${_size} "PNG32:${_png}")
        endif()
        add_custom_command(OUTPUT "${_png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${_haul_icon_dir}/hicolor/${_size}x${_size}/apps"
            COMMAND ${_cmd}
            DEPENDS "${HAUL_ICON_SVG}"
            COMMENT "Rendering the ${_size}x${_size} app icon"
            VERBATIM)
        list(APPEND _haul_icon_outputs "${_png}")
        set(_haul_png_${_size} "${_png}")
    endforeach()

    # macOS iconset: the names iconutil expects, each size at 1x and 2x.
    set(HAUL_ICONSET "${_haul_icon_dir}/${HAUL_APP_ID}.iconset")
    set(_iconset_files "")
    foreach(_pair 16:16 16@2x:32 32:32 32@2x:64 128:128 128@2x:256 256:256 256@2x:512 512:512 512@2x:1024)
        string(REPLACE ":" ";" _pair "${_pair}")
        list(GET _pair 0 _name)
        list(GET _pair 1 _px)
        string(REGEX REPLACE "^([0-9]+)" "\\1x\\1" _name "${_name}")
        set(_dest "${HAUL_ICONSET}/icon_${_name}.png")
        add_custom_command(OUTPUT "${_dest}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${HAUL_ICONSET}"
            COMMAND ${CMAKE_COMMAND} -E copy "${_haul_png_${_px}}" "${_dest}"
            DEPENDS "${_haul_png_${_px}}"
            VERBATIM)
        list(APPEND _iconset_files "${_dest}")
    endforeach()
    list(APPEND _haul_icon_outputs ${_iconset_files})

    if(HAUL_IMAGEMAGICK)
        set(HAUL_ICO "${_haul_icon_dir}/${HAUL_APP_ID}.ico")
        set(_ico_inputs "")
        foreach(_size 16 24 32 48 64 128 256)
            list(APPEND _ico_inputs "${_haul_png_${_size}}")
        endforeach()
        add_custom_command(OUTPUT "${HAUL_ICO}"
            COMMAND "${HAUL_IMAGEMAGICK}" ${_ico_inputs} "${HAUL_ICO}"
            DEPENDS ${_ico_inputs}
            COMMENT "Building the Windows icon"
            VERBATIM)
        list(APPEND _haul_icon_outputs "${HAUL_ICO}")
    else()
        message(STATUS "Haul: ImageMagick not found, no Windows .ico (the installer and haul.exe get default icons)")
    endif()

    if(APPLE)
        find_program(HAUL_ICONUTIL iconutil)
        if(HAUL_ICONUTIL)
            set(HAUL_ICNS "${_haul_icon_dir}/${HAUL_APP_ID}.icns")
            add_custom_command(OUTPUT "${HAUL_ICNS}"
                COMMAND "${HAUL_ICONUTIL}" --convert icns --output "${HAUL_ICNS}" "${HAUL_ICONSET}"
                DEPENDS ${_iconset_files}
                COMMENT "Building the macOS icon"
                VERBATIM)
            list(APPEND _haul_icon_outputs "${HAUL_ICNS}")
        endif()
    endif()
else()
    message(STATUS "Haul: neither rsvg-convert (librsvg2-bin) nor ImageMagick found: "
                   "no PNG icons, .ico or .icns; only the scalable SVG icon is installed")
endif()
if(NOT DEFINED HAUL_ICO)
    set(HAUL_ICO "")
endif()
# For NSIS (on Windows: backslashes, escaped once more for CPackProjectConfig.cmake).
file(TO_NATIVE_PATH "${HAUL_ICO}" HAUL_ICO_NATIVE)
string(REPLACE "\\" "\\\\" HAUL_ICO_NATIVE "${HAUL_ICO_NATIVE}")
add_custom_target(haul_icons ALL DEPENDS ${_haul_icon_outputs})

# ---------------------------------------------------------------------------
# Generated metadata files.
configure_file("${PROJECT_SOURCE_DIR}/installer/linux/${HAUL_APP_ID}.desktop.in"
    "${_haul_pkg_dir}/${HAUL_APP_ID}.desktop" @ONLY)
configure_file("${PROJECT_SOURCE_DIR}/installer/linux/${HAUL_APP_ID}.metainfo.xml.in"
    "${_haul_pkg_dir}/${HAUL_APP_ID}.metainfo.xml" @ONLY)

# Debian's copyright file wants the license text indented, blank lines as " .".
file(READ "${HAUL_LICENSE_FILE}" _license)
string(STRIP "${_license}" _license)
string(REGEX REPLACE "\n\n" "\n.\n" _license "${_license}")
string(REGEX REPLACE "\n" "\n " HAUL_LICENSE_TEXT_DEB " ${_license}")
configure_file("${PROJECT_SOURCE_DIR}/installer/linux/copyright.in" "${_haul_pkg_dir}/copyright" @ONLY)

# The Debian changelog's date (RFC 2822) from HAUL_RELEASE_DATE; weekday by Zeller.
string(REGEX MATCH "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$" _date "${HAUL_RELEASE_DATE}")
if(NOT _date)
    message(FATAL_ERROR "HAUL_RELEASE_DATE must be YYYY-MM-DD, not '${HAUL_RELEASE_DATE}'")
endif()
math(EXPR _y "${CMAKE_MATCH_1}")
math(EXPR _m "1${CMAKE_MATCH_2} - 100")
math(EXPR _d "1${CMAKE_MATCH_3} - 100")
set(_month_names Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
math(EXPR _mi "${_m} - 1")
list(GET _month_names ${_mi} _month)
if(_m LESS 3)
    math(EXPR _zm "${_m} + 12")
    math(EXPR _zy "${_y} - 1")
else()
    set(_zm ${_m})
    set(_zy ${_y})
endif()
math(EXPR _wd "(${_d} + (13 * (${_zm} + 1)) / 5 + ${_zy} + ${_zy} / 4 - ${_zy} / 100 + ${_zy} / 400) % 7")
set(_day_names Sat Sun Mon Tue Wed Thu Fri)
list(GET _day_names ${_wd} _weekday)
set(HAUL_RELEASE_DATE_RFC2822 "${_weekday}, ${CMAKE_MATCH_3} ${_month} ${_y} 12:00:00 +0000")
configure_file("${PROJECT_SOURCE_DIR}/installer/linux/changelog.Debian.in" "${_haul_pkg_dir}/changelog.Debian" @ONLY)

# ---------------------------------------------------------------------------
# Where the Qt deployment tools live (Windows and macOS only).
if(WIN32 OR APPLE)
    set(HAUL_QT_BIN_DIR "")
    if(DEFINED QT6_INSTALL_PREFIX AND DEFINED QT6_INSTALL_BINS)
        set(HAUL_QT_BIN_DIR "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    elseif(TARGET Qt6::qmake)
        get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
        get_filename_component(HAUL_QT_BIN_DIR "${_qmake}" DIRECTORY)
    endif()
endif()

# ---------------------------------------------------------------------------
# Per platform: what the runtime component holds.
set(_haul_have_app OFF)
if(TARGET haul)
    set(_haul_have_app ON)
    add_dependencies(haul haul_icons)
endif()
set(_haul_have_cli OFF)
if(TARGET haul-cli)
    set(_haul_have_cli ON)
endif()

if(APPLE)
    set(HAUL_BUNDLE_NAME "${HAUL_APP_NAME}")
    set(HAUL_BUNDLE_EXECUTABLE "${HAUL_APP_NAME}")
    configure_file("${PROJECT_SOURCE_DIR}/installer/macos/Info.plist.in" "${_haul_pkg_dir}/Info.plist" @ONLY)
    if(_haul_have_app)
        # Haul.app/Contents/MacOS/Haul rather than haul.app: the name Finder shows.
        set_target_properties(haul PROPERTIES
            OUTPUT_NAME "${HAUL_BUNDLE_EXECUTABLE}"
            MACOSX_BUNDLE_INFO_PLIST "${_haul_pkg_dir}/Info.plist"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${HAUL_APP_ID}"
            MACOSX_BUNDLE_BUNDLE_NAME "${HAUL_APP_NAME}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${HAUL_APP_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${HAUL_APP_VERSION}")
        install(TARGETS haul BUNDLE DESTINATION . COMPONENT runtime)
        if(HAUL_ICNS)
            install(FILES "${HAUL_ICNS}"
                DESTINATION "${HAUL_BUNDLE_NAME}.app/Contents/Resources" COMPONENT runtime)
        endif()
        if(_haul_have_cli)
            # haul-cli travels inside the bundle: one drag installs both.
            install(TARGETS haul-cli
                RUNTIME DESTINATION "${HAUL_BUNDLE_NAME}.app/Contents/MacOS" COMPONENT runtime)
        endif()
        find_program(HAUL_MACDEPLOYQT macdeployqt HINTS "${HAUL_QT_BIN_DIR}" NO_DEFAULT_PATH)
        find_program(HAUL_MACDEPLOYQT macdeployqt)
        if(NOT HAUL_MACDEPLOYQT)
            message(WARNING "Haul: macdeployqt not found; installing and cpack will fail")
        endif()
        configure_file("${PROJECT_SOURCE_DIR}/installer/macos/deploy.cmake.in"
            "${_haul_pkg_dir}/deploy-macos.cmake" @ONLY)
        install(SCRIPT "${_haul_pkg_dir}/deploy-macos.cmake" COMPONENT runtime)
    endif()
elseif(WIN32)
    if(HAUL_ICO)
        set(HAUL_RC_ICON_LINE "IDI_ICON1 ICON \"${HAUL_ICO}\"")
    else()
        set(HAUL_RC_ICON_LINE "// no icon: ImageMagick was not found at configure time")
    endif()
    configure_file("${PROJECT_SOURCE_DIR}/installer/windows/haul.rc.in" "${_haul_pkg_dir}/haul.rc" @ONLY)
    if(_haul_have_app)
        enable_language(RC)
        target_sources(haul PRIVATE "${_haul_pkg_dir}/haul.rc")
        install(TARGETS haul RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
    endif()
    if(_haul_have_cli)
        install(TARGETS haul-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
    endif()
    # The MSVC runtime DLLs next to the executables (no vc_redist needed).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT runtime)
    include(InstallRequiredSystemLibraries)
    if(_haul_have_app AND _haul_have_cli)
        find_program(HAUL_WINDEPLOYQT windeployqt HINTS "${HAUL_QT_BIN_DIR}" NO_DEFAULT_PATH)
        find_program(HAUL_WINDEPLOYQT windeployqt)
        if(NOT HAUL_WINDEPLOYQT)
            message(WARNING "Haul: windeployqt not found; installing and cpack will fail")
        endif()
        # OpenSSL and zlib DLLs sit in the bin folder beside their import libraries' lib folder.
        set(_dll_dirs "${HAUL_QT_BIN_DIR}")
        foreach(_lib IN LISTS OPENSSL_CRYPTO_LIBRARY ZLIB_LIBRARY ZLIB_LIBRARY_RELEASE)
            if(EXISTS "${_lib}")
                get_filename_component(_libdir "${_lib}" DIRECTORY)
                list(APPEND _dll_dirs "${_libdir}/../bin" "${_libdir}")
            endif()
        endforeach()
        list(REMOVE_DUPLICATES _dll_dirs)
        set(HAUL_RUNTIME_DLL_DIRS "")
        foreach(_dir IN LISTS _dll_dirs)
            string(APPEND HAUL_RUNTIME_DLL_DIRS " \"${_dir}\"")
        endforeach()
        configure_file("${PROJECT_SOURCE_DIR}/installer/windows/deploy.cmake.in"
            "${_haul_pkg_dir}/deploy-windows.cmake" @ONLY)
        install(SCRIPT "${_haul_pkg_dir}/deploy-windows.cmake" COMPONENT runtime)
    endif()
else()
    # Linux and other freedesktop systems.
    if(_haul_have_app)
        install(TARGETS haul RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
        install(FILES "${_haul_pkg_dir}/${HAUL_APP_ID}.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT runtime)
        install(FILES "${_haul_pkg_dir}/${HAUL_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT runtime)
        install(FILES "${HAUL_ICON_SVG}" RENAME "${HAUL_APP_ID}.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT runtime)
        if(_haul_png_ok)
            foreach(_size IN LISTS HAUL_ICON_SIZES)
                install(FILES "${_haul_png_${_size}}"
                    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps COMPONENT runtime)
            endforeach()
        endif()
    endif()
    if(_haul_have_cli)
        install(TARGETS haul-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
    endif()
    install(FILES "${_haul_pkg_dir}/copyright"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${HAUL_DEB_PACKAGE} COMPONENT runtime)
    # Debian policy: the changelog is compressed with gzip -9n.
    find_program(HAUL_GZIP gzip)
    if(HAUL_GZIP)
        set(_changelog_gz "${_haul_pkg_dir}/changelog.Debian.gz")
        add_custom_command(OUTPUT "${_changelog_gz}"
            COMMAND "${HAUL_GZIP}" -9nc "${_haul_pkg_dir}/changelog.Debian" > "${_changelog_gz}"
            DEPENDS "${_haul_pkg_dir}/changelog.Debian")
        add_custom_target(haul_changelog ALL DEPENDS "${_changelog_gz}")
        if(_haul_have_app)
            add_dependencies(haul haul_changelog)
        endif()
        install(FILES "${_changelog_gz}"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${HAUL_DEB_PACKAGE} COMPONENT runtime)
    endif()
endif()

# ---------------------------------------------------------------------------
# CPack.
set(CPACK_PACKAGE_NAME "${HAUL_DEB_PACKAGE}")
set(CPACK_PACKAGE_VENDOR "${HAUL_VENDOR}")
set(CPACK_PACKAGE_VERSION "${HAUL_APP_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${HAUL_APP_SUMMARY}")
set(CPACK_PACKAGE_DESCRIPTION "${HAUL_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${HAUL_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${HAUL_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${HAUL_APP_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "haul" "${HAUL_APP_NAME}")
set(CPACK_CREATE_DESKTOP_LINKS "haul")
set(CPACK_RESOURCE_FILE_LICENSE "${HAUL_LICENSE_FILE}")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# Only the runtime component (see the top of this file).
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};runtime;/")
set(CPACK_PROJECT_CONFIG_FILE "${_haul_pkg_dir}/CPackProjectConfig.cmake")
configure_file("${PROJECT_SOURCE_DIR}/installer/CPackProjectConfig.cmake.in"
    "${CPACK_PROJECT_CONFIG_FILE}" @ONLY)

string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" _haul_arch)
if(_haul_arch MATCHES "^(amd64|x64)$")
    set(_haul_arch "x86_64")
endif()
if(APPLE)
    if(CMAKE_OSX_ARCHITECTURES)
        string(REPLACE ";" "-" _haul_arch "${CMAKE_OSX_ARCHITECTURES}")
    endif()
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${HAUL_APP_VERSION}-macos-${_haul_arch}")
    set(CPACK_DMG_VOLUME_NAME "${HAUL_APP_NAME} ${HAUL_APP_VERSION}")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${HAUL_APP_VERSION}-windows-${_haul_arch}-setup")
    set(CPACK_PRE_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/installer/windows/sign.cmake")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${HAUL_APP_VERSION}-linux-${_haul_arch}")
endif()
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${HAUL_APP_VERSION}-source")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/cmake-build-[^/]*/" "\\.user$" "/bench/results/")

# Debian.
set(CPACK_DEBIAN_PACKAGE_NAME "${HAUL_DEB_PACKAGE}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "${HAUL_DEB_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HAUL_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${HAUL_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
list(JOIN HAUL_DEB_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Native Wayland windows (without it Qt runs through XWayland), and Qt's own
# translations, which src/app/main.cpp loads beside Haul's embedded ones.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
