# Test fixture: builds the .deb and .tar.gz from the configured build tree with
# cpack, then unpacks both under OUT (root/ from the .deb with dpkg-deb -x,
# tgz/ from the tarball) and writes OUT/package.cmake for the other tests.
#   cmake -DCPACK=... -DCONFIG=<build>/CPackConfig.cmake -DOUT=<dir> -P makepackage.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var CPACK CONFIG OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "makepackage.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
execute_process(
    COMMAND "${CPACK}" -G "DEB;TGZ" --config "${CONFIG}" -B "${OUT}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc})")
endif()

file(GLOB debs "${OUT}/*.deb")
file(GLOB tgzs "${OUT}/*.tar.gz")
list(LENGTH debs ndebs)
list(LENGTH tgzs ntgzs)
if(NOT ndebs EQUAL 1 OR NOT ntgzs EQUAL 1)
    message(FATAL_ERROR "expected one .deb and one .tar.gz in ${OUT}, found: ${debs} ${tgzs}")
endif()

execute_process(COMMAND dpkg-deb -x "${debs}" "${OUT}/root" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x ${debs} failed (${rc})")
endif()
file(MAKE_DIRECTORY "${OUT}/tgz")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar xzf "${tgzs}" WORKING_DIRECTORY "${OUT}/tgz" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "unpacking ${tgzs} failed (${rc})")
endif()

file(WRITE "${OUT}/package.cmake" "set(DEB \"${debs}\")\nset(TGZ \"${tgzs}\")\nset(ROOT \"${OUT}/root\")\nset(TGZ_ROOT \"${OUT}/tgz\")\n")
message(STATUS "built ${debs} and ${tgzs}, unpacked under ${OUT}")
