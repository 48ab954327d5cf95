# Installs haul-cli and the embeddable library (core + net) with a CMake
# package, so other Qt apps can use find_package(Haul) and link Haul::net.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS haulcore haulnet
    EXPORT HaulTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
    INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/haul)

file(GLOB _haul_public_headers
    ${PROJECT_SOURCE_DIR}/src/core/*.h
    ${PROJECT_SOURCE_DIR}/src/net/*.h)
install(FILES ${_haul_public_headers} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/haul)

install(EXPORT HaulTargets
    NAMESPACE Haul::
    DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/Haul)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/HaulConfig.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/HaulConfig.cmake
    INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/Haul)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/HaulConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES
    ${CMAKE_CURRENT_BINARY_DIR}/HaulConfig.cmake
    ${CMAKE_CURRENT_BINARY_DIR}/HaulConfigVersion.cmake
    DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/Haul)
