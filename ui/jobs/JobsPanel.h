// Lists the queued and running jobs of one JobRunner: title, progress bar,
// status text, estimated time left and a cancel button per job. Rows appear
// when a job is queued and disappear when it ends; an empty panel shows a
// "No running jobs" placeholder. Meant to be put into a dock by the main window.
//
// Object names (for tests and style sheets), with <id> the JobId:
// "jobRow_<id>", "jobTitle_<id>", "jobProgress_<id>" (range 0..1000),
// "jobStatus_<id>", "jobEta_<id>", "cancelJob_<id>"; the placeholder is "noJobsLabel".
#pragma once

#include "jobs/JobRunner.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace hplx {

class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    // Does not take ownership of runner; the panel empties itself if the runner
    // is destroyed first.
    explicit JobsPanel(JobRunner *runner, QWidget *parent = nullptr);
    ~JobsPanel() override;

    int rowCount() const { return static_cast<int>(m_rows.size()); }

    // "about 12 s left", "about 3 min left", ...; empty for an unknown ETA (< 0).
    static QString formatEta(qint64 etaMs);

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLabel *title = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *status = nullptr;
        QLabel *eta = nullptr;
        QToolButton *cancel = nullptr;
    };

    void addRow(JobId id, const QString &title);
    void removeRow(JobId id);
    void refreshRow(JobId id);
    void refreshAll();
    void updatePlaceholder();

    QPointer<JobRunner> m_runner;
    QHash<JobId, Row> m_rows;
    QVBoxLayout *m_rowLayout = nullptr;
    QLabel *m_placeholder = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace hplx
