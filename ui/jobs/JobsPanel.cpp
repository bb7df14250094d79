#include "jobs/JobsPanel.h"

#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace hplx {

namespace {

constexpr int kBarMaximum = 1000;       // progress bar resolution: 0.1 %
constexpr int kRefreshIntervalMs = 500; // elapsed time and ETA move without progress reports

QString idName(const char *prefix, JobId id)
{
    return QLatin1String(prefix) + QString::number(id);
}

} // namespace

JobsPanel::JobsPanel(JobRunner *runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("jobsPanel"));

    auto *content = new QWidget;
    m_rowLayout = new QVBoxLayout(content);
    m_placeholder = new QLabel(tr("No running jobs"), content);
    m_placeholder->setObjectName(QStringLiteral("noJobsLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false); // greyed out, like other empty-view hints
    m_rowLayout->addWidget(m_placeholder);
    m_rowLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &JobsPanel::refreshAll);

    if (m_runner) {
        connect(m_runner, &JobRunner::jobQueued, this, &JobsPanel::addRow);
        connect(m_runner, &JobRunner::jobStarted, this, [this](JobId id) { refreshRow(id); });
        connect(m_runner, &JobRunner::jobProgress, this, [this](JobId id) { refreshRow(id); });
        connect(m_runner, &JobRunner::jobFinished, this, &JobsPanel::removeRow);
        connect(m_runner, &JobRunner::jobFailed, this, [this](JobId id) { removeRow(id); });
        connect(m_runner, &JobRunner::jobCancelled, this, &JobsPanel::removeRow);
        connect(m_runner, &QObject::destroyed, this, [this] {
            const QList<JobId> ids = m_rows.keys();
            for (JobId id : ids)
                removeRow(id);
        });
        for (const JobStatus &status : m_runner->runningJobs())
            addRow(status.id, status.title);
    }
    updatePlaceholder();
}

JobsPanel::~JobsPanel() = default;

QString JobsPanel::formatEta(qint64 etaMs)
{
    if (etaMs < 0)
        return {};
    if (etaMs < 1000)
        return tr("almost done");
    const qint64 seconds = (etaMs + 999) / 1000;
    if (seconds < 60)
        return tr("about %1 s left").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("about %1 min left").arg(minutes);
    const qint64 hours = (minutes + 30) / 60;
    return tr("about %1 h left").arg(hours);
}

void JobsPanel::addRow(JobId id, const QString &title)
{
    if (m_rows.contains(id))
        return;
    Row row;
    row.widget = new QWidget;
    row.widget->setObjectName(idName("jobRow_", id));
    auto *grid = new QGridLayout(row.widget);
    grid->setContentsMargins(4, 4, 4, 4);

    row.title = new QLabel(title, row.widget);
    row.title->setObjectName(idName("jobTitle_", id));
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    row.eta = new QLabel(row.widget);
    row.eta->setObjectName(idName("jobEta_", id));
    row.eta->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.bar = new QProgressBar(row.widget);
    row.bar->setObjectName(idName("jobProgress_", id));
    row.bar->setRange(0, kBarMaximum);
    row.bar->setValue(0);
    row.status = new QLabel(row.widget);
    row.status->setObjectName(idName("jobStatus_", id));
    row.status->setWordWrap(true);
    row.cancel = new QToolButton(row.widget);
    row.cancel->setObjectName(idName("cancelJob_", id));
    row.cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    row.cancel->setText(tr("Cancel"));
    row.cancel->setToolTip(tr("Cancel “%1”").arg(title));
    row.cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(row.cancel, &QToolButton::clicked, this, [this, id] {
        if (m_runner)
            m_runner->cancel(id);
        refreshRow(id);
    });

    grid->addWidget(row.title, 0, 0);
    grid->addWidget(row.eta, 0, 1);
    grid->addWidget(row.cancel, 0, 2, 2, 1, Qt::AlignVCenter);
    grid->addWidget(row.bar, 1, 0, 1, 2);
    grid->addWidget(row.status, 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    m_rowLayout->insertWidget(m_rowLayout->count() - 1, row.widget); // above the stretch
    row.widget->show(); // now, not on the next event-loop turn as the layout would
    m_rows.insert(id, row);
    refreshRow(id);
    updatePlaceholder();
}

void JobsPanel::removeRow(JobId id)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end())
        return;
    QWidget *widget = it->widget;
    m_rows.erase(it);
    m_rowLayout->removeWidget(widget);
    widget->hide();
    widget->deleteLater(); // we may be inside a slot of one of its children
    updatePlaceholder();
}

void JobsPanel::refreshRow(JobId id)
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.constEnd() || !m_runner)
        return;
    const Row &row = it.value();
    const JobStatus status = m_runner->status(id);
    if (status.id == 0)
        return; // ended; the end signal removes the row
    row.bar->setValue(static_cast<int>(std::lround(status.progress * kBarMaximum)));
    if (status.cancelling) {
        row.status->setText(tr("Cancelling…"));
        row.eta->clear();
        row.cancel->setEnabled(false);
    } else if (!status.started) {
        row.status->setText(tr("Waiting for a free thread…"));
        row.eta->clear();
    } else {
        row.status->setText(status.statusText);
        row.eta->setText(formatEta(status.etaMs));
    }
}

void JobsPanel::refreshAll()
{
    const QList<JobId> ids = m_rows.keys();
    for (JobId id : ids)
        refreshRow(id);
}

void JobsPanel::updatePlaceholder()
{
    const bool empty = m_rows.isEmpty();
    m_placeholder->setVisible(empty);
    if (empty)
        m_refreshTimer->stop();
    else if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

} // namespace hplx
