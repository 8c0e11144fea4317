#include "ReviewPage.h"

#include "Accessibility.h"
#include "changes/ApplyEstimate.h"
#include "changes/ChangeQueue.h"
#include "changes/PlanModel.h"
#include "scim/Patch.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ScimDesk {

namespace {

// The plan as the page lists it: filtered by the search, and a change that carries a warning
// marked with a warning icon by its label, the warning as the label's tooltip, so that it shows
// however narrow the window is (the Warning column is the last).
class PlanFilter final : public QSortFilterProxyModel
{
public:
    explicit PlanFilter(QWidget *page)
        : QSortFilterProxyModel(page)
        , m_icon(Accessibility::alertIcon(page))
    { }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if ((role == Qt::DecorationRole || role == Qt::ToolTipRole)
            && index.column() == PlanModel::ChangeColumn) {
            const QString warning
                = index.siblingAtColumn(PlanModel::WarningColumn).data().toString();
            if (!warning.isEmpty())
                return role == Qt::DecorationRole ? QVariant(m_icon) : QVariant(warning);
        }
        return QSortFilterProxyModel::data(index, role);
    }

private:
    QIcon m_icon;
};

} // namespace

ReviewPage::ReviewPage(ChangeQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new PlanModel(this))
    , m_proxy(new PlanFilter(this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_splitter(new QSplitter(this))
    , m_apply(new QPushButton(tr("&Apply…"), this))
    , m_remove(new QPushButton(tr("&Remove from queue"), this))
    , m_open(new QPushButton(tr("&Open plan…"), this))
    , m_save(new QPushButton(tr("&Save plan…"), this))
    , m_clear(new QPushButton(tr("C&lear queue"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_problems->setObjectName(QStringLiteral("planProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: %1;").arg(Accessibility::alertCss(palette())));
    m_problems->setVisible(false);

    m_search->setObjectName(QStringLiteral("planSearch"));
    m_search->setPlaceholderText(tr("Search the plan: user, group, request…"));
    m_search->setAccessibleName(tr("Search the plan"));
    Accessibility::nameClearButton(m_search, tr("Clear the plan search"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        expandAll();
    });

    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setAccessibleName(tr("Pending changes"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->resizeSection(PlanModel::ChangeColumn, 260);
    m_view->header()->resizeSection(PlanModel::TargetColumn, 240);
    m_view->header()->resizeSection(PlanModel::RequestColumn, 260);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewPage::showSelected);

    m_details->setObjectName(QStringLiteral("changeDetails"));
    m_details->setAccessibleName(tr("The selected change and its request"));
    m_details->setOpenLinks(false);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    m_remove->setToolTip(tr("Take the selected changes out of the queue (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_clear);
    buttons->addSpacing(16);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);

    // Edits come in bursts (a selection of 500 users is one edit, but a reload touches many
    // rows): rebuild once per event-loop turn.
    m_refreshLater = new QTimer(this);
    m_refreshLater->setSingleShot(true);
    m_refreshLater->setInterval(0);
    connect(m_refreshLater, &QTimer::timeout, this, &ReviewPage::refresh);
    connect(m_queue, &ChangeQueue::changed, m_refreshLater, qOverload<>(&QTimer::start));
    refresh();
}

QStringList ReviewPage::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        for (const QString &key : m_model->keysUnder(m_proxy->mapToSource(index))) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

void ReviewPage::expandAll()
{
    m_view->expandAll();
    // A heading ("Grant Lucidchart — add to group "Chart users" — 3") reads across the row.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
}

void ReviewPage::refresh()
{
    // Keep the current change in view across the rebuild, by key.
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QString currentKey = current.data(PlanModel::KeyRole).toString();

    const Plan &plan = m_queue->plan();
    m_model->setPlan(plan);
    expandAll();

    QString summary = plan.changes.isEmpty()
        ? tr("No pending changes. Select users on the Users page and choose what to do from the "
             "Changes menu or the right-click menu — or open a plan made with scimdesk-cli.")
        : plan.countsText();
    if (!plan.changes.isEmpty() && !plan.connectionName.isEmpty())
        summary = tr("%1 — for \"%2\"").arg(summary, plan.connectionName);
    if (const QString losses = plan.licenceLossText(); !losses.isEmpty())
        summary += u'\n' + losses;
    // Before anything is sent: how long the service's published limits make applying take.
    if (const QString estimate
        = ApplyEstimate::textFor(plan, m_queue->profile().presetId, m_queue->profile().concurrency);
        plan.includedCount() > 0 && !estimate.isEmpty())
        summary += u'\n' + estimate;
    if (!m_queue->acceptsOperations() && !plan.originText().isEmpty())
        summary += u'\n' + plan.originText();
    m_summary->setText(summary);
    const QStringList problems = m_queue->problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());

    const bool any = !plan.changes.isEmpty();
    m_apply->setEnabled(plan.includedCount() > 0);
    m_save->setEnabled(any);
    m_remove->setEnabled(any);
    m_clear->setEnabled(!m_queue->state().isEmpty());

    if (!currentKey.isEmpty()) {
        for (int kind = 0; kind < m_model->rowCount(); ++kind) {
            const QModelIndex parent = m_model->index(kind, 0);
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                const QModelIndex index = m_model->index(row, 0, parent);
                if (index.data(PlanModel::KeyRole).toString() == currentKey) {
                    m_view->setCurrentIndex(m_proxy->mapFromSource(index));
                    return;
                }
            }
        }
    }
    showSelected();
}

namespace {

// An attribute as an admin reads it: "department" with its schema in small print, rather than
// the full URN (which the request below shows).
QString attributeLabel(const QString &path)
{
    if (path == Patch::WorkEmailPath)
        return ReviewPage::tr("work email");
    const int colon = path.lastIndexOf(u':');
    if (!path.startsWith(u"urn:") || colon < 0)
        return path.toHtmlEscaped();
    const QString schema = path.left(colon);
    const QString name = schema.section(u':', -3, -3); // urn:…:extension:NAME:2.0:User
    return QStringLiteral("%1<br><small>%2</small>")
        .arg(path.mid(colon + 1).toHtmlEscaped(),
             (name.isEmpty()        ? schema
                  : name == u"core" ? ReviewPage::tr("core schema")
                                    : ReviewPage::tr("%1 extension").arg(name))
                 .toHtmlEscaped());
}

} // namespace

QString ReviewPage::detailsHtml() const
{
    const Change *change = m_model->change(m_proxy->mapToSource(m_view->currentIndex()));
    if (!change)
        return {};
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html
        = QStringLiteral("<h3>%1 — %2</h3>")
              .arg(esc(change->label()),
                   esc(change->targetName.isEmpty() ? change->targetId : change->targetName));
    // What the request does, read from it: the label above is only what the plan claims.
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Request:")),
                     esc(m_model
                             ->data(m_proxy->mapToSource(m_view->currentIndex()),
                                    PlanModel::EffectRole)
                             .toString()));
    if (!change->intents.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Asked for: %1").arg(change->intents.join(QStringLiteral(", ")))));
    if (!change->included)
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Excluded: it will not be sent.")));
    if (!change->warning.isEmpty())
        html += QStringLiteral("<p style='color:%1'><b>%2</b> %3</p>")
                    .arg(Accessibility::alertCss(m_details->palette()), esc(tr("Warning:")),
                         esc(change->warning));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th>"
                           "<th>%2</th><th>%3</th></tr>")
                .arg(esc(tr("Attribute")), esc(tr("Before")), esc(tr("After")));
    for (const AttributeChange &attribute : change->attributes())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(attributeLabel(attribute.path), esc(Change::valueText(attribute.before)),
                         esc(Change::valueText(attribute.after)));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h4>%1</h4><pre>%2")
                .arg(esc(tr("Request")), esc(change->request.summary()));
    if (!change->request.ifMatch.isEmpty())
        html += esc(QStringLiteral("\nIf-Match: ") + QString::fromUtf8(change->request.ifMatch));
    if (change->request.hasBody())
        html += u'\n'
            + esc(QString::fromUtf8(
                QJsonDocument(change->request.body()).toJson(QJsonDocument::Indented)));
    html += QStringLiteral("</pre>");
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("Sent with the connection's bearer token, which never appears in a "
                            "plan or a log.")));
    if (!change->dependsOn.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        tr("Sent after: %1").arg(change->dependsOn.join(QStringLiteral(", ")))));
    return html;
}

void ReviewPage::focusChanges()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_refreshLater->isActive()) { // the plan just changed: show it now
        m_refreshLater->stop();
        refresh();
    }
    if (m_view->currentIndex().parent().isValid())
        return;
    const QModelIndex firstChange = m_proxy->index(0, 0, m_proxy->index(0, 0));
    if (firstChange.isValid())
        m_view->setCurrentIndex(firstChange);
}

void ReviewPage::showSelected()
{
    QString html = detailsHtml();
    if (html.isEmpty()) {
        // A kind's row: what it holds, and how to see more.
        const QModelIndex current = m_view->currentIndex();
        const QString kind = current.isValid() && !current.parent().isValid()
            ? current.siblingAtColumn(PlanModel::ChangeColumn).data().toString()
            : QString();
        html = QStringLiteral("<p>%1</p>")
                   .arg((kind.isEmpty() ? tr("Select a change to see exactly what will be sent.")
                                        : tr("%1: select a change to see exactly what will be "
                                             "sent; untick the box to leave them all out.")
                                              .arg(kind))
                            .toHtmlEscaped());
    }
    m_details->setHtml(html);
}

} // namespace ScimDesk
