// The one header Swift sees of libxlsxwriter (Debian libxlsxwriter-dev, pkg-config `xlsxwriter`).
// Every call into it lives in Sources/ConveneSpreadsheet/Internal/ (the choke point).
#include <xlsxwriter.h>
