#include "AttributeDelegate.h"

#include "csv/ImportMappingModel.h"

#include <QComboBox>
#include <QKeyEvent>

namespace ScimDesk {

AttributeDelegate::AttributeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *AttributeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    const QStringList paths = index.data(ImportMappingModel::ChoicePathsRole).toStringList();
    const QStringList labels = index.data(ImportMappingModel::ChoiceLabelsRole).toStringList();
    for (int i = 0; i < paths.size(); ++i)
        combo->addItem(labels.value(i), paths.at(i));
    combo->setAccessibleName(index.data(Qt::AccessibleDescriptionRole).toString());
    connect(combo, &QComboBox::activated, this,
            [this, combo] { Q_EMIT const_cast<AttributeDelegate *>(this)->commitData(combo); });
    return combo;
}

void AttributeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString path = index.data(ImportMappingModel::AttributePathRole).toString();
    combo->setCurrentIndex(qMax(0, combo->findData(path)));
}

void AttributeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), ImportMappingModel::AttributePathRole);
}

bool AttributeDelegate::eventFilter(QObject *object, QEvent *event)
{
    // The combo boxes stay open, one a row: Tab goes on through the dialog like anywhere else,
    // not round them from cell to cell (which the keyboard could not leave).
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
            return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace ScimDesk
