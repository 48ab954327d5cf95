# CPACK_PRE_BUILD_SCRIPTS on Windows: signs haul.exe and haul-cli.exe in CPack's
# staging folder before NSIS packs them. Off unless HAUL_SIGN_PFX names a PFX
# file (the release workflow writes it from a secret); its password is
# HAUL_SIGN_PFX_PASSWORD. The installer itself is signed after cpack.
if("$ENV{HAUL_SIGN_PFX}" STREQUAL "")
    message(STATUS "Haul: HAUL_SIGN_PFX not set, binaries are not signed")
    return()
endif()

find_program(_signtool signtool)
if(NOT _signtool)
    # The Windows SDK is not on PATH outside a developer prompt: take the newest.
    file(GLOB _candidates "$ENV{ProgramFiles\(x86\)}/Windows Kits/10/bin/*/x64/signtool.exe")
    list(SORT _candidates COMPARE NATURAL ORDER DESCENDING)
    list(GET _candidates 0 _signtool)
endif()
if(NOT EXISTS "${_signtool}")
    message(FATAL_ERROR "Haul: signtool.exe not found")
endif()

file(GLOB_RECURSE _targets
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/haul.exe"
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/haul-cli.exe")
if(NOT _targets)
    message(FATAL_ERROR "Haul: nothing to sign under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
set(_timestamp "$ENV{HAUL_SIGN_TIMESTAMP_URL}")
if(_timestamp STREQUAL "")
    set(_timestamp "http://timestamp.digicert.com")
endif()
execute_process(
    COMMAND "${_signtool}" sign /fd SHA256 /f "$ENV{HAUL_SIGN_PFX}" /p "$ENV{HAUL_SIGN_PFX_PASSWORD}"
            /tr "${_timestamp}" /td SHA256 /d "Haul" ${_targets}
    RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "Haul: signtool failed (${_rc})")
endif()
