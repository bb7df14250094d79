#include "export/ExportFigureDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hplx {

namespace {

const QString kGroup = QStringLiteral("figureExport");
constexpr double kMmPerInch = 25.4;
const QSize kPreviewBox(460, 320); // the preview's largest size, logical pixels

QString suffixOf(const QString &file)
{
    return QFileInfo(file).suffix().toLower();
}

bool isFormat(const QString &suffix)
{
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") || suffix == QLatin1String("pdf");
}

} // namespace

ExportFigureDialog::ExportFigureDialog(FigureSource *source, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_source(source)
{
    setWindowTitle(tr("Export View"));
    setObjectName(QStringLiteral("exportFigureDialog"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("figureFormat"));
    m_format->addItem(tr("PNG image (raster)"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing (vector)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document (vector)"), QStringLiteral("pdf"));

    const auto spin = [this](const QString &name, double lo, double hi, int decimals, double step) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(name);
        box->setRange(lo, hi);
        box->setDecimals(decimals);
        box->setSingleStep(step);
        return box;
    };
    m_width = spin(QStringLiteral("figureWidth"), 1, 20000, 1, 5);
    m_height = spin(QStringLiteral("figureHeight"), 1, 20000, 1, 5);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("figureUnit"));
    m_unit->addItem(tr("mm"), static_cast<int>(FigureOptions::Unit::Millimetres));
    m_unit->addItem(tr("px"), static_cast<int>(FigureOptions::Unit::Pixels));
    m_dpi = spin(QStringLiteral("figureDpi"), 30, 2400, 0, 50);
    m_dpi->setSuffix(tr(" DPI"));
    m_fontScale = spin(QStringLiteral("figureFontScale"), 0.25, 5, 2, 0.1);
    m_fontScale->setSuffix(QStringLiteral(" ×"));
    m_fontScale->setToolTip(tr("Text size relative to the view's (1 = the same point size)."));
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("figurePixelSize"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("figureFile"));
    auto *browse = new QPushButton(tr("Browse…"), this);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("figurePreview"));
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setMinimumSize(kPreviewBox);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setStyleSheet(QStringLiteral("background: #d8d8d8;"));

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    size->addWidget(m_unit);
    auto *file = new QHBoxLayout;
    file->addWidget(m_file, 1);
    file->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), size);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Font scale:"), m_fontScale);
    form->addRow(QString(), m_size);
    form->addRow(tr("File:"), file);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>%1</b>").arg(source->figureTitle().toHtmlEscaped()), this));
    layout->addWidget(m_previewLabel, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // a 3-D view renders for each preview
    connect(m_previewTimer, &QTimer::timeout, this, &ExportFigureDialog::updatePreview);

    setOptions(savedOptions());
    QString initial = fileName;
    if (initial.isEmpty())
        initial = QDir(savedFolder()).filePath(tr("figure.%1").arg(savedFormat()));
    else if (!isFormat(suffixOf(initial)))
        initial += QLatin1Char('.') + savedFormat();
    setFileName(initial);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::formatChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::unitChanged);
    connect(m_file, &QLineEdit::textEdited, this, &ExportFigureDialog::fileEdited);
    connect(browse, &QPushButton::clicked, this, &ExportFigureDialog::browse);
    for (QDoubleSpinBox *box : {m_width, m_height, m_dpi, m_fontScale})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportFigureDialog::optionsChanged);
    optionsChanged();
    updatePreview();
}

FigureOptions ExportFigureDialog::options() const
{
    FigureOptions options;
    options.unit = static_cast<FigureOptions::Unit>(m_unit->currentData().toInt());
    options.width = m_width->value();
    options.height = m_height->value();
    options.dpi = m_dpi->value();
    options.fontScale = m_fontScale->value();
    return options;
}

void ExportFigureDialog::setOptions(const FigureOptions &options)
{
    const QSignalBlocker blockUnit(m_unit);
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(options.unit)));
    m_currentUnit = options.unit;
    const bool mm = options.unit == FigureOptions::Unit::Millimetres;
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        box->setDecimals(mm ? 1 : 0);
        box->setSingleStep(mm ? 5 : 50);
    }
    m_width->setValue(options.width);
    m_height->setValue(options.height);
    m_dpi->setValue(options.dpi);
    m_fontScale->setValue(options.fontScale);
    optionsChanged();
}

QString ExportFigureDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ExportFigureDialog::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
    fileEdited();
}

QString ExportFigureDialog::format() const
{
    return m_format->currentData().toString();
}

QString ExportFigureDialog::sizeText() const
{
    return m_size->text();
}

void ExportFigureDialog::formatChanged()
{
    // The file follows the format.
    const QString file = fileName();
    const QFileInfo info(file);
    const QString base = isFormat(suffixOf(file)) ? file.left(file.size() - info.suffix().size() - 1) : file;
    if (!base.isEmpty())
        m_file->setText(base + QLatin1Char('.') + format());
    optionsChanged();
}

void ExportFigureDialog::fileEdited()
{
    // The format follows a typed suffix.
    const QString suffix = suffixOf(fileName());
    const int index = m_format->findData(suffix);
    if (index >= 0 && index != m_format->currentIndex()) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(index);
        optionsChanged();
    }
}

void ExportFigureDialog::unitChanged()
{
    // Keep the physical size: convert the numbers at the current DPI.
    const auto unit = static_cast<FigureOptions::Unit>(m_unit->currentData().toInt());
    if (unit == m_currentUnit)
        return;
    FigureOptions options = this->options();
    options.unit = m_currentUnit;
    const QSizeF mm = figureMillimetres(options);
    const double dpi = m_dpi->value();
    options.unit = unit;
    if (unit == FigureOptions::Unit::Pixels) {
        const QSize px = figurePixelSize(
            FigureOptions{FigureOptions::Unit::Millimetres, mm.width(), mm.height(), dpi, options.fontScale});
        options.width = px.width();
        options.height = px.height();
    } else {
        options.width = mm.width();
        options.height = mm.height();
    }
    setOptions(options);
}

void ExportFigureDialog::browse()
{
    const QString filter = format() == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : format() == QLatin1String("svg") ? tr("SVG drawings (*.svg)")
                                                              : tr("PDF documents (*.pdf)");
    const QString file = QFileDialog::getSaveFileName(this, tr("Export view"), fileName(), filter);
    if (!file.isEmpty())
        setFileName(isFormat(suffixOf(file)) ? file : file + QLatin1Char('.') + format());
}

void ExportFigureDialog::optionsChanged()
{
    const FigureOptions options = this->options();
    const QLocale locale;
    const QSizeF mm = figureMillimetres(options);
    const QString physical =
        tr("%1 × %2 mm").arg(locale.toString(mm.width(), 'f', 1), locale.toString(mm.height(), 'f', 1));
    if (format() == QLatin1String("png")) {
        const QSize px = figurePixelSize(options);
        m_size->setText(tr("%1 × %2 px at %3 DPI (%4)")
                            .arg(px.width())
                            .arg(px.height())
                            .arg(locale.toString(options.dpi, 'f', 0), physical));
    } else if (m_source->isVectorFigure()) {
        m_size->setText(tr("%1, vector").arg(physical));
    } else {
        m_size->setText(tr("%1, the 3-D view embedded at %2 DPI").arg(physical, locale.toString(options.dpi, 'f', 0)));
    }
    m_previewTimer->start();
}

void ExportFigureDialog::updatePreview()
{
    // The figure as exported (same logical size and fonts), at a resolution
    // that fits the preview box.
    FigureOptions options = this->options();
    const QSizeF mm = figureMillimetres(options);
    if (!(mm.width() > 0) || !(mm.height() > 0))
        return;
    const double ratio = devicePixelRatioF();
    const double dpi =
        std::min(kPreviewBox.width() / (mm.width() / kMmPerInch), kPreviewBox.height() / (mm.height() / kMmPerInch));
    options.unit = FigureOptions::Unit::Millimetres;
    options.width = mm.width();
    options.height = mm.height();
    options.dpi = dpi * ratio;
    m_preview = renderFigure(*m_source, options);
    QPixmap pixmap = QPixmap::fromImage(m_preview);
    pixmap.setDevicePixelRatio(ratio);
    m_previewLabel->setPixmap(pixmap);
}

QString ExportFigureDialog::exportNow()
{
    const QString file = fileName();
    if (file.isEmpty())
        return tr("Choose a file to export to.");
    const QString error = exportFigure(*m_source, file, options());
    if (error.isEmpty())
        remember();
    return error;
}

void ExportFigureDialog::accept()
{
    const QString error = exportNow();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export view"), error);
        return;
    }
    QDialog::accept();
}

void ExportFigureDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const FigureOptions options = this->options();
    settings.setValue(QStringLiteral("unit"),
                      options.unit == FigureOptions::Unit::Pixels ? QStringLiteral("px") : QStringLiteral("mm"));
    settings.setValue(QStringLiteral("width"), options.width);
    settings.setValue(QStringLiteral("height"), options.height);
    settings.setValue(QStringLiteral("dpi"), options.dpi);
    settings.setValue(QStringLiteral("fontScale"), options.fontScale);
    settings.setValue(QStringLiteral("format"), format());
    settings.setValue(QStringLiteral("folder"), QFileInfo(fileName()).absolutePath());
}

FigureOptions ExportFigureDialog::savedOptions()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    FigureOptions options;
    if (settings.value(QStringLiteral("unit")).toString() == QLatin1String("px"))
        options.unit = FigureOptions::Unit::Pixels;
    const auto number = [&](const QString &key, double fallback) {
        bool ok = false;
        const double v = settings.value(key).toDouble(&ok);
        return ok && v > 0 ? v : fallback;
    };
    const bool px = options.unit == FigureOptions::Unit::Pixels;
    options.width = number(QStringLiteral("width"), px ? 1890 : options.width);
    options.height = number(QStringLiteral("height"), px ? 1181 : options.height);
    options.dpi = number(QStringLiteral("dpi"), options.dpi);
    options.fontScale = number(QStringLiteral("fontScale"), options.fontScale);
    return options;
}

QString ExportFigureDialog::savedFormat()
{
    const QString format = QSettings().value(kGroup + QStringLiteral("/format")).toString();
    return isFormat(format) ? format : QStringLiteral("pdf");
}

QString ExportFigureDialog::savedFolder()
{
    const QString folder = QSettings().value(kGroup + QStringLiteral("/folder")).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

} // namespace hplx
