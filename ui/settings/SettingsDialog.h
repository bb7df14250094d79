// Preferences: colour map, neutrality ε, random-walk and UMAP parameters,
// worker threads and interface language. Edits an AnalysisSettings value;
// the caller saves and applies it when the dialog is accepted.
#pragma once

#include "settings/AnalysisSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace hplx {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AnalysisSettings &settings, QWidget *parent = nullptr);

    AnalysisSettings settings() const;
    void setSettings(const AnalysisSettings &settings);

private:
    QComboBox *m_colourMap = nullptr;
    QDoubleSpinBox *m_eps = nullptr;
    QCheckBox *m_epsRelative = nullptr;
    QSpinBox *m_walks = nullptr;
    QSpinBox *m_walkLength = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_neighbours = nullptr;
    QDoubleSpinBox *m_minDist = nullptr;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_embeddingSeed = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace hplx
