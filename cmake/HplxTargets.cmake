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

# hplx_add_test(NAME SOURCES... LABELS label... [LIBS lib...] [GUI | XVFB])
# A Qt Test executable registered with CTest. Exit code 77 means "skipped".
# GUI: widgets without OpenGL, on the offscreen platform.
# XVFB: OpenGL/VTK widgets, run under `xvfb-run -a` on the xcb platform (Qt 6.4's
# offscreen platform crashes GL widgets; Debian's VTK is X only). Skipped (77)
# when xvfb-run is missing. One X server at a time (xvfb-run -a races).
function(hplx_add_test name)
  cmake_parse_arguments(T "GUI;XVFB" "" "SOURCES;LABELS;LIBS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    HPLX_TEST_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures"
    HPLX_SHARED_DATA="${PROJECT_SOURCE_DIR}/../shared/data")
  hplx_configure_target(${name})
  set(env ${T_ENVIRONMENT})
  if(T_XVFB)
    find_program(HPLX_XVFB_RUN xvfb-run)
    if(HPLX_XVFB_RUN)
      add_test(NAME ${name} COMMAND ${HPLX_XVFB_RUN} -a -s "-screen 0 1280x1024x24" $<TARGET_FILE:${name}>)
    else()
      add_test(NAME ${name} COMMAND sh -c "echo '${name}: xvfb-run not found, skipped'; exit 77")
    endif()
    list(APPEND env QT_QPA_PLATFORM=xcb)
    set_tests_properties(${name} PROPERTIES RESOURCE_LOCK xvfb)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  if(T_GUI)
    list(APPEND env QT_QPA_PLATFORM=offscreen)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" SKIP_RETURN_CODE 77
                                          ENVIRONMENT "${env}" TIMEOUT 600)
endfunction()
