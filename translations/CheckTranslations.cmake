# A translation is complete when lupdate, run over today's sources, finds no message
# left unfinished: a new tr() string without a translation fails this check.
# Usage: cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -DTS_FILES="a.ts;b.ts" -P CheckTranslations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures "")
foreach(ts ${TS_FILES})
  get_filename_component(name "${ts}" NAME)
  configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
  set(extra "")
  if(name STREQUAL "lathe_en.ts")
    set(extra -pluralonly)
  endif()
  execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete ${extra}
            "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${WORK_DIR}/${name}"
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name}")
  endif()
  file(READ "${WORK_DIR}/${name}" content)
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${content}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    string(APPEND failures "${name}: ${count} unfinished: ${unfinished}\n")
  endif()
endforeach()
if(failures)
  message(FATAL_ERROR "Incomplete translations:\n${failures}")
endif()
message(STATUS "All translations complete")
