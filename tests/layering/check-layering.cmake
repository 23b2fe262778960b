# Builds the layering probes (see CMakeLists.txt here): every allowed include
# compiles, every forbidden one fails because its header cannot be found from
# that library, and for no other reason. And no source of the three libraries
# reaches around its include path with a relative path ("../pdf/X.h"), which
# the compiler would find next to the including file.
foreach(library letter pdf records)
    file(GLOB sources ${SOURCE_DIR}/wizard/${library}/*.h ${SOURCE_DIR}/wizard/${library}/*.cpp)
    foreach(source IN LISTS sources)
        file(STRINGS ${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]*/")
        if(includes)
            message(FATAL_ERROR "${source} includes by a path: ${includes}")
        endif()
    endforeach()
endforeach()
message(STATUS "no include by a path in wizard/letter, wizard/pdf, wizard/records")

foreach(target IN LISTS ALLOWED_TARGETS)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${target}
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${target} should build, but:\n${output}")
    endif()
    message(STATUS "allowed, builds: ${target}")
endforeach()

foreach(target header IN ZIP_LISTS FORBIDDEN_TARGETS FORBIDDEN_HEADERS)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${target}
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    string(REPLACE "." "\\." pattern "${header}")
    # GCC: "X.h: No such file or directory"; Clang: "'X.h' file not found".
    if(status EQUAL 0)
        message(FATAL_ERROR "${target} built: ${header} is reachable where it must not be")
    elseif(NOT output MATCHES "${pattern}'?:? (No such file or directory|file not found)")
        message(FATAL_ERROR "${target} failed, but not for want of ${header}:\n${output}")
    endif()
    message(STATUS "forbidden, not found: ${target} (${header})")
endforeach()
