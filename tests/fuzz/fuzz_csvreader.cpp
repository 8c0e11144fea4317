// libFuzzer target for the CSV reader: any bytes must give a table or an error, never a crash,
// a hang or undefined behaviour, and every row must have exactly as many cells as the header.
//
//   tests/fuzz/run-fuzz.sh SOURCE_DIR BUILD_DIR SECONDS   (builds with clang, then fuzzes)

#include "csv/CsvReader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks the options, so overrides are fuzzed too.
    ScimDesk::CsvReadOptions options;
    if (size > 0) {
        static constexpr char16_t Delimiters[] = {0, u',', u';', u'\t', u'|'};
        options.encoding = ScimDesk::CsvEncoding(data[0] % 5);
        options.delimiter = QChar(Delimiters[(data[0] / 5) % 5]);
    }
    const ScimDesk::CsvTable table = ScimDesk::CsvReader::read(bytes, options);
    int previous = 1;
    for (const ScimDesk::CsvTable::Row &row : table.rows) {
        if (row.cells.size() != table.header.size() || row.number <= previous)
            std::abort();
        previous = row.number;
    }
    return 0;
}
