// File ▸ Export view…: the figure's format (PNG, SVG, PDF), size in mm or
// pixels, DPI and font scale, a live preview at the chosen aspect ratio and
// font scale, the resulting pixel size, and the file. Accepting writes the
// figure (exportFigure); an error is shown and the dialog stays open. The
// options are remembered in QSettings (group "figureExport").
#pragma once

#include "export/FigureExport.h"

#include <QDialog>
#include <QImage>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace hplx {

class ExportFigureDialog : public QDialog
{
    Q_OBJECT

public:
    // source: not owned, must outlive the dialog. fileName: suggested file
    // (its suffix chooses the format; empty: the last folder and format).
    ExportFigureDialog(FigureSource *source, const QString &fileName, QWidget *parent = nullptr);

    FigureOptions options() const;
    void setOptions(const FigureOptions &options);
    QString fileName() const;
    void setFileName(const QString &fileName);
    // "png", "svg" or "pdf".
    QString format() const;

    // The text under the size: "1890 × 1181 px at 300 DPI" for PNG.
    QString sizeText() const;
    // The last preview drawn (for tests); null before the first.
    QImage previewImage() const { return m_preview; }
    // Writes the figure now; the error message, or empty on success.
    QString exportNow();

    // Options and format of the last successful export (defaults otherwise).
    static FigureOptions savedOptions();
    static QString savedFormat();
    static QString savedFolder();

    void accept() override;

private:
    void formatChanged();
    void unitChanged();
    void fileEdited();
    void browse();
    void optionsChanged();
    void updatePreview();
    void remember() const;

    FigureSource *m_source;
    QComboBox *m_format = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QComboBox *m_unit = nullptr;
    QDoubleSpinBox *m_dpi = nullptr;
    QDoubleSpinBox *m_fontScale = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QTimer *m_previewTimer = nullptr;
    QImage m_preview;
    FigureOptions::Unit m_currentUnit = FigureOptions::Unit::Millimetres;
};

} // namespace hplx
