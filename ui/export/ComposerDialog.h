// File ▸ Compose figure…: the composer's snapshots as a list with
// thumbnails (reorder by drag or Up/Down, remove, edit the caption), the
// grid's columns, panel letters, captions and gap, the size new snapshots
// are recorded at, a live preview at the export's aspect ratio, and
// Export…, which opens the export dialog (format, size, DPI, font scale) on
// the composed figure.
#pragma once

#include "export/FigureComposer.h"

#include <QDialog>
#include <QImage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace hplx {

class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    // composer: not owned, must outlive the dialog.
    explicit ComposerDialog(FigureComposer *composer, QWidget *parent = nullptr);

    FigureComposer *composer() const { return m_composer; }
    CompositeFigure *figure() { return &m_figure; }
    // The export dialog's remembered options with the height fitted to the
    // panels' aspect ratios at the remembered width.
    FigureOptions exportOptions() const;
    // The last preview drawn (for tests); null before the first.
    QImage previewImage() const { return m_preview; }

public Q_SLOTS:
    // Opens the export dialog on the composed figure.
    void openExportDialog();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void syncFromComposer();
    void layoutEdited();
    void snapshotSizeEdited();
    void rowsMoved(int from, int to);
    void moveCurrent(int delta);
    void removeCurrent();
    void editCaption();
    void updatePreview();
    void updateButtons();

    FigureComposer *m_composer;
    CompositeFigure m_figure;
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_caption = nullptr;
    QPushButton *m_export = nullptr;
    QSpinBox *m_columns = nullptr;
    QComboBox *m_letters = nullptr;
    QCheckBox *m_captions = nullptr;
    QCheckBox *m_sharedBar = nullptr;
    QDoubleSpinBox *m_gap = nullptr;
    QDoubleSpinBox *m_snapshotWidth = nullptr;
    QDoubleSpinBox *m_snapshotHeight = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_size = nullptr;
    QImage m_preview;
    bool m_syncing = false;
};

} // namespace hplx
