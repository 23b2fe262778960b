// One include, compiled as if it were part of a library (see CMakeLists.txt
// here): whether that library may use the header at all.
#include KIW_PROBE_HEADER
