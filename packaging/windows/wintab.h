/* Qt's Windows platform plugin includes <wintab.h> (tablet events), a header
 * Debian removes from Qt's source. Wine's wintab.h, from Debian's Wine source,
 * declares the same API but relies on two macros of Wine's own headers; they
 * are defined here as Wine defines them for a Unicode build, then Wine's
 * header (copied as wine-wintab.h by scripts/build-windows.sh) is included. */
#ifndef KIW_WINTAB_WRAPPER_H
#define KIW_WINTAB_WRAPPER_H
#include <windows.h>
#ifndef DECL_WINELIB_TYPE_AW
#define DECL_WINELIB_TYPE_AW(type) typedef type##W type;
#endif
#ifndef API
#define API WINAPI
#endif
#include "wine-wintab.h"
#endif
