#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace hplx {

namespace {

QSpinBox *spinBox(int minimum, int maximum, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setObjectName(name);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const AnalysisSettings &settings, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    auto *views = new QGroupBox(tr("Views"), this);
    auto *viewsForm = new QFormLayout(views);
    m_colourMap = new QComboBox(views);
    m_colourMap->setObjectName(QStringLiteral("colourMap"));
    m_colourMap->addItems(AnalysisSettings::colourMaps());
    viewsForm->addRow(tr("Colour map:"), m_colourMap);
    m_language = new QComboBox(views);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setToolTip(tr("Takes effect when HPLX is started again."));
    viewsForm->addRow(tr("Language:"), m_language);

    auto *metrics = new QGroupBox(tr("Landscape metrics"), this);
    auto *metricsForm = new QFormLayout(metrics);
    m_eps = new QDoubleSpinBox(metrics);
    m_eps->setObjectName(QStringLiteral("neutralityEps"));
    m_eps->setDecimals(6);
    m_eps->setRange(0.0, 1e9);
    m_eps->setSingleStep(0.001);
    m_eps->setToolTip(tr("Neighbours whose losses differ by at most ε count as neutral (ν)."));
    metricsForm->addRow(tr("Neutrality ε:"), m_eps);
    m_epsRelative = new QCheckBox(tr("ε is a share of the loss range"), metrics);
    m_epsRelative->setObjectName(QStringLiteral("neutralityRelative"));
    metricsForm->addRow(QString(), m_epsRelative);
    m_walks = spinBox(1, 1000000, QStringLiteral("walks"), metrics);
    metricsForm->addRow(tr("Random walks:"), m_walks);
    m_walkLength = spinBox(2, 100000, QStringLiteral("walkLength"), metrics);
    metricsForm->addRow(tr("Walk length:"), m_walkLength);
    m_seed = spinBox(0, 2147483647, QStringLiteral("seed"), metrics);
    metricsForm->addRow(tr("Seed:"), m_seed);

    auto *embedding = new QGroupBox(tr("Embedding (HOPE + UMAP)"), this);
    auto *embeddingForm = new QFormLayout(embedding);
    m_neighbours = spinBox(2, 200, QStringLiteral("umapNeighbors"), embedding);
    embeddingForm->addRow(tr("UMAP neighbours:"), m_neighbours);
    m_minDist = new QDoubleSpinBox(embedding);
    m_minDist->setObjectName(QStringLiteral("umapMinDist"));
    m_minDist->setRange(0.0, 10.0);
    m_minDist->setSingleStep(0.05);
    m_minDist->setDecimals(3);
    embeddingForm->addRow(tr("UMAP minimum distance:"), m_minDist);
    m_epochs = spinBox(1, 10000, QStringLiteral("umapEpochs"), embedding);
    embeddingForm->addRow(tr("UMAP epochs:"), m_epochs);
    m_embeddingSeed = spinBox(0, 2147483647, QStringLiteral("embeddingSeed"), embedding);
    embeddingForm->addRow(tr("Seed:"), m_embeddingSeed);

    auto *jobs = new QGroupBox(tr("Background jobs"), this);
    auto *jobsForm = new QFormLayout(jobs);
    m_threads = spinBox(0, 256, QStringLiteral("threads"), jobs);
    m_threads->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    jobsForm->addRow(tr("Worker threads:"), m_threads);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(AnalysisSettings()); });

    auto *layout = new QVBoxLayout(this);
    for (QWidget *group : {static_cast<QWidget *>(views), static_cast<QWidget *>(metrics),
                           static_cast<QWidget *>(embedding), static_cast<QWidget *>(jobs)})
        layout->addWidget(group);
    layout->addWidget(buttons);
    setSettings(settings);
}

void SettingsDialog::setSettings(const AnalysisSettings &s)
{
    m_colourMap->setCurrentText(s.colourMap);
    m_eps->setValue(s.metrics.neutralityEps);
    m_epsRelative->setChecked(s.metrics.neutralityRelative);
    m_walks->setValue(s.metrics.walks);
    m_walkLength->setValue(s.metrics.walkLength);
    m_seed->setValue(static_cast<int>(std::min<quint64>(s.metrics.seed, 2147483647)));
    m_neighbours->setValue(s.umapNeighbors);
    m_minDist->setValue(s.umapMinDist);
    m_epochs->setValue(s.umapEpochs);
    m_embeddingSeed->setValue(static_cast<int>(std::min<quint64>(s.embeddingSeed, 2147483647)));
    m_threads->setValue(s.threads);
    const int language = m_language->findData(s.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

AnalysisSettings SettingsDialog::settings() const
{
    AnalysisSettings s;
    s.colourMap = m_colourMap->currentText();
    s.metrics.neutralityEps = m_eps->value();
    s.metrics.neutralityRelative = m_epsRelative->isChecked();
    s.metrics.walks = m_walks->value();
    s.metrics.walkLength = m_walkLength->value();
    s.metrics.seed = static_cast<std::uint64_t>(m_seed->value());
    s.umapNeighbors = m_neighbours->value();
    s.umapMinDist = m_minDist->value();
    s.umapEpochs = m_epochs->value();
    s.embeddingSeed = static_cast<quint64>(m_embeddingSeed->value());
    s.threads = m_threads->value();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace hplx
