# Builds the layering probes (see CMakeLists.txt here): every allowed include
# compiles, every forbidden one fails because its header cannot be found from
# that library, and for no other reason.
#
# What the include paths cannot stop is checked in the sources: an include by
# a path ("../pdf/X.h", an absolute path), through a macro, or with a Qt
# module's folder (<QtGui/QColor>, found through Qt's top include folder,
# which every Qt library puts on the path). letter and records may name only
# QtCore's folder, pdf also QtGui's.
set(allowed_qt_letter "QtCore")
set(allowed_qt_records "QtCore|QtSql")
set(allowed_qt_pdf "QtCore|QtGui")
foreach(library letter pdf records)
    file(GLOB sources ${SOURCE_DIR}/wizard/${library}/*.h ${SOURCE_DIR}/wizard/${library}/*.cpp)
    foreach(source IN LISTS sources)
        file(STRINGS ${source} includes REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*" "" target "${line}")
            string(REGEX MATCH "^(\"[^\"]*\"|<[^>]*>|[^ \t]+)" target "${target}")
            set(problem "")
            if(NOT target MATCHES "^(\"[^\"]+\"|<[^>]+>)$")
                set(problem "an include through a macro")
            elseif(target MATCHES "\\.\\.|^[\"<]/")
                set(problem "an include by a relative or absolute path")
            elseif(target MATCHES "^\"[^\"]*/")
                set(problem "a project header by a path")
            elseif(target MATCHES "^<Qt[A-Za-z]+/" AND
                   NOT target MATCHES "^<(${allowed_qt_${library}})/")
                set(problem "a Qt module ${library}/ may not use")
            endif()
            if(problem)
                message(FATAL_ERROR "${source}: ${problem}: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()
message(STATUS "sources of letter, pdf, records: every include by plain name, Qt modules allowed")

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
