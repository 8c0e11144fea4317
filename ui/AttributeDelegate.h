#pragma once

#include <QStyledItemDelegate>

namespace ScimDesk {

// The editor of ImportMappingModel's attribute column: a combo box of the choices the index
// offers (ChoicePathsRole, ChoiceLabelsRole). A choice is committed as soon as it is made.
class AttributeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributeDelegate)

public:
    explicit AttributeDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace ScimDesk
