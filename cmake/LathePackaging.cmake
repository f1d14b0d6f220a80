# Desktop integration and the Debian package: `cmake --build build/release --target package`
# writes build/release/packages/lathe_<version>-1_<arch>.deb. Every tool used here is a
# Debian 12 package named in packaging/install-deps.sh.
include(GNUInstallDirs)

set(LATHE_APP_ID org.lathe.Lathe)
set(LATHE_LINUX_DIR ${PROJECT_SOURCE_DIR}/packaging/linux)
set(LATHE_DESKTOP_FILE ${LATHE_LINUX_DIR}/${LATHE_APP_ID}.desktop)
set(LATHE_METAINFO_FILE ${LATHE_LINUX_DIR}/${LATHE_APP_ID}.metainfo.xml)
set(LATHE_MIME_FILE ${LATHE_LINUX_DIR}/${LATHE_APP_ID}.mime.xml)
set(LATHE_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/${LATHE_APP_ID}.svg)
# The hicolor sizes desktops look up; the SVG covers every other size.
set(LATHE_ICON_SIZES 16 32 48 64 128 256 512)

# Without the GUI there is no application to integrate or package; the metadata is
# still validated by the packaging tests.
if(NOT LATHE_BUILD_UI)
  return()
endif()

# --- icons: rendered from the one SVG at build time ------------------------------
find_program(LATHE_RSVG_CONVERT rsvg-convert)
if(NOT LATHE_RSVG_CONVERT)
  message(WARNING "rsvg-convert (librsvg2-bin) not found: run packaging/install-deps.sh; "
                  "the application icons and the .deb cannot be built without it")
endif()
set(LATHE_ICON_PNGS)
foreach(size IN LISTS LATHE_ICON_SIZES)
  set(png ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/${LATHE_APP_ID}.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps
    COMMAND ${LATHE_RSVG_CONVERT} --width=${size} --height=${size} --output=${png} ${LATHE_ICON_SVG}
    DEPENDS ${LATHE_ICON_SVG}
    COMMENT "Rendering the ${size}x${size} application icon"
    VERBATIM)
  list(APPEND LATHE_ICON_PNGS ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
if(LATHE_RSVG_CONVERT)
  add_custom_target(lathe_icons ALL DEPENDS ${LATHE_ICON_PNGS})
else()
  add_custom_target(lathe_icons DEPENDS ${LATHE_ICON_PNGS})
endif()

# --- desktop integration (freedesktop.org locations under the prefix) -------------
install(FILES ${LATHE_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${LATHE_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${LATHE_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${LATHE_MIME_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${LATHE_APP_ID}.xml)
install(FILES ${LATHE_LINUX_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lathe)

# --- the Debian package -----------------------------------------------------------
execute_process(COMMAND dpkg --print-architecture
  OUTPUT_VARIABLE LATHE_DEB_ARCH OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT LATHE_DEB_ARCH)
  set(LATHE_DEB_ARCH ${CMAKE_SYSTEM_PROCESSOR})
endif()
set(LATHE_DEB_RELEASE 1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lathe)
set(CPACK_PACKAGE_VENDOR "The Lathe developers")
set(CPACK_PACKAGE_CONTACT "The Lathe developers <maintainers@lathe.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "mastering workstation for albums")
set(CPACK_PACKAGE_DESCRIPTION [=[
Lathe masters an album of finished mixes. It shapes each track and the album
with equalisers, multiband compression, stereo width, de-clicking, true-peak
limiting and dither, measures loudness to BS.1770-4 and EBU R 128, sequences the
tracks sample-accurately with gaps and fades, and exports DDP 2.0 images, WAV
and MP3 release masters. lathe-cli does all of it headless, with the same engine
and project files.]=])
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
# Only the binary package: source archives come from git.
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_PACKAGE_RELEASE ${LATHE_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${LATHE_DEB_ARCH})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends is computed from the binaries' shared libraries (dpkg-shlibdeps, dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own dialog strings in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)

set(LATHE_DEB_FILE
  ${CPACK_OUTPUT_FILE_PREFIX}/${CPACK_PACKAGE_NAME}_${PROJECT_VERSION}-${LATHE_DEB_RELEASE}_${LATHE_DEB_ARCH}.deb)

include(CPack)
