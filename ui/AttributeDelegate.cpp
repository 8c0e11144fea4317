#include "AttributeDelegate.h"

#include "csv/ImportMappingModel.h"

#include <QComboBox>

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

} // namespace ScimDesk
