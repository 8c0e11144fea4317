#pragma once

#include <QStringList>

namespace ScimDesk {

// Menu texts for `names` with a distinct access key each, so that the keyboard reaches every
// item of a generated menu (licences): a capital inside the name first
// ("Lucidscale&Explorer"), then a letter after what the names share ("Lucid&chart"), then any
// letter not taken. Ampersands in the names are kept as text.
QStringList withMnemonics(const QStringList &names);

} // namespace ScimDesk
