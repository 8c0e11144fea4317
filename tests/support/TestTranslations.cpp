// Linked into every test binary (scimdesk_add_test): a test sees the texts a person would,
// with the English plural forms ("1 change", "2 changes"), or under another LANG that
// language's translation, as the programs install them.
#include "common/Translations.h"

#include <QCoreApplication>

namespace {

void installTestTranslations()
{
    ScimDesk::installTranslations(QCoreApplication::instance());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTestTranslations)
