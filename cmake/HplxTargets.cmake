# Per-target build settings: warnings, -Werror and sanitizers are applied to
# HPLX's own targets only, never through global flags.

function(hplx_configure_target target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(HPLX_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(HPLX_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# The core library must stay free of GUI and rendering dependencies: a headless
# batch run and most tests use it alone.
function(hplx_check_core_dependencies target)
  get_target_property(libs ${target} LINK_LIBRARIES)
  foreach(lib IN LISTS libs)
    if(lib MATCHES "Qt6?::(Gui|Widgets|OpenGL|Charts|Svg)|VTK::|vtk")
      message(FATAL_ERROR "${target} links ${lib}; core/ must not depend on GUI or VTK rendering")
    endif()
  endforeach()
endfunction()

# hplx_add_test(NAME SOURCES... LABELS label... [LIBS lib...] [GUI])
# A Qt Test executable registered with CTest. Exit code 77 means "skipped".
function(hplx_add_test name)
  cmake_parse_arguments(T "GUI" "" "SOURCES;LABELS;LIBS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    HPLX_TEST_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures"
    HPLX_SHARED_DATA="${PROJECT_SOURCE_DIR}/../shared/data")
  hplx_configure_target(${name})
  add_test(NAME ${name} COMMAND ${name})
  set(env ${T_ENVIRONMENT})
  if(T_GUI)
    list(APPEND env QT_QPA_PLATFORM=offscreen)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" SKIP_RETURN_CODE 77
                                          ENVIRONMENT "${env}" TIMEOUT 600)
endfunction()
