#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ScimDesk {

// What the pending changes will do to one user, for the table to show before anything is sent
// (the queue that knows lives above the directory, and tells the model).
struct PendingEdit
{
    bool deleted = false;
    std::optional<bool> active;
    QHash<QString, bool> licences; // licence name -> held afterwards
    QHash<QString, QString> values; // attribute key ("department") -> the value afterwards
    QStringList changes; // what is pending, in words: "Deactivate", "Grant Lucidspark"

    bool operator==(const PendingEdit &other) const = default;
};

} // namespace ScimDesk
