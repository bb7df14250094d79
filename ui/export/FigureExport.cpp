#include "export/FigureExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QWidget>
#include <QtSvg/QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace hplx {

namespace {

constexpr double kMmPerInch = 25.4;
// DPI of the SVG/PDF export in progress (for raster content); 0 when none.
double g_vectorRasterDpi = 0.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("hplx::FigureExport", text);
}

int dotsPerMetre(double dpi)
{
    return static_cast<int>(std::lround(dpi / 0.0254));
}

// Paints source on a white background into a device whose logical DPI is
// figureLogicalDpi(), scaled by `scale` device units per logical unit.
void paintOn(QPainter &painter, FigureSource &source, const QSizeF &logical, double scale, double fontScale)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    const QRectF target(QPointF(0, 0), logical);
    painter.fillRect(target, Qt::white);
    painter.setClipRect(target);
    source.paintFigure(painter, target, fontScale);
}

struct VectorRasterScope
{
    explicit VectorRasterScope(double dpi) : previous(g_vectorRasterDpi) { g_vectorRasterDpi = dpi; }
    ~VectorRasterScope() { g_vectorRasterDpi = previous; }
    double previous;
};

QString writeFile(const QString &file, const QByteArray &data)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
    out.write(data);
    if (!out.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
    return {};
}

QByteArray svgBytes(FigureSource &source, const FigureOptions &options)
{
    const QSizeF logical = figureLogicalSize(options);
    const double dpi = figureLogicalDpi();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(static_cast<int>(std::lround(dpi)));
    svg.setSize(QSize(static_cast<int>(std::ceil(logical.width())), static_cast<int>(std::ceil(logical.height()))));
    svg.setViewBox(QRectF(QPointF(0, 0), logical));
    svg.setTitle(source.figureTitle());
    svg.setDescription(tr("Exported by HPLX"));
    {
        VectorRasterScope scope(options.dpi);
        QPainter painter(&svg);
        paintOn(painter, source, logical, 1.0, options.fontScale);
    }
    // QSvgGenerator states the size from whole logical pixels; state the
    // exact millimetres instead.
    QString text = QString::fromUtf8(buffer.data());
    const QSizeF mm = figureMillimetres(options);
    static const QRegularExpression size(QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\""));
    text.replace(size, QStringLiteral("<svg width=\"%1mm\" height=\"%2mm\"")
                           .arg(QString::number(mm.width(), 'g', 8), QString::number(mm.height(), 'g', 8)));
    return text.toUtf8();
}

QByteArray pdfBytes(FigureSource &source, const FigureOptions &options)
{
    const QSizeF mm = figureMillimetres(options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(static_cast<int>(std::lround(figureLogicalDpi())));
        pdf.setPageLayout(QPageLayout(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        pdf.setTitle(source.figureTitle());
        pdf.setCreator(tr("HPLX"));
        VectorRasterScope scope(options.dpi);
        QPainter painter;
        if (!painter.begin(&pdf))
            return {};
        paintOn(painter, source, figureLogicalSize(options), 1.0, options.fontScale);
        painter.end();
    }
    return buffer.data();
}

} // namespace

FigureSource *figureSourceOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *source = dynamic_cast<FigureSource *>(w))
            return source;
        if (w->isWindow())
            break;
    }
    return nullptr;
}

QSizeF figureMillimetres(const FigureOptions &options)
{
    if (options.unit == FigureOptions::Unit::Millimetres)
        return {std::max(options.width, 0.0), std::max(options.height, 0.0)};
    const QSize px = figurePixelSize(options);
    const double dpi = options.dpi > 0 ? options.dpi : 300.0;
    return {px.width() / dpi * kMmPerInch, px.height() / dpi * kMmPerInch};
}

QSize figurePixelSize(const FigureOptions &options)
{
    double w = options.width, h = options.height;
    if (options.unit == FigureOptions::Unit::Millimetres) {
        w = w / kMmPerInch * options.dpi;
        h = h / kMmPerInch * options.dpi;
    }
    // Half up: std::floor(x + 0.5), so 944.5 -> 945.
    const auto round = [](double v) {
        return std::isfinite(v) ? std::max(1, static_cast<int>(std::floor(v + 0.5))) : 1;
    };
    return {round(w), round(h)};
}

double figureLogicalDpi()
{
    // A QImage's default resolution is the one fonts are measured with when
    // no device is given (Qt Charts lays out its text that way).
    static const double dpi = [] {
        const QImage probe(1, 1, QImage::Format_RGB32);
        return probe.logicalDpiY() > 0 ? double(probe.logicalDpiY()) : 96.0;
    }();
    return dpi;
}

QSizeF figureLogicalSize(const FigureOptions &options)
{
    const double perMm = figureLogicalDpi() / kMmPerInch;
    if (options.unit == FigureOptions::Unit::Pixels) {
        // Exactly the PNG's pixels divided by its scale.
        const QSize px = figurePixelSize(options);
        const double scale = (options.dpi > 0 ? options.dpi : 300.0) / figureLogicalDpi();
        return {px.width() / scale, px.height() / scale};
    }
    const QSizeF mm = figureMillimetres(options);
    return {mm.width() * perMm, mm.height() * perMm};
}

QSize figureRasterSize(const QPainter &painter, const QRectF &target)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (engine && engine->type() == QPaintEngine::Raster) {
        const double ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
        const QRectF device = painter.worldTransform().mapRect(target);
        return {std::max(1, static_cast<int>(std::lround(device.width() * ratio))),
                std::max(1, static_cast<int>(std::lround(device.height() * ratio)))};
    }
    // SVG/PDF are painted in logical units (times any scaling of the painter).
    const double dpi = g_vectorRasterDpi > 0 ? g_vectorRasterDpi : 300.0;
    const double scale = dpi / figureLogicalDpi();
    const QRectF logical = painter.worldTransform().mapRect(target);
    return {std::max(1, static_cast<int>(std::lround(logical.width() * scale))),
            std::max(1, static_cast<int>(std::lround(logical.height() * scale)))};
}

QImage renderFigure(FigureSource &source, const FigureOptions &options)
{
    const QSize px = figurePixelSize(options);
    const double dpi = options.dpi > 0 ? options.dpi : 300.0;
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    // Painted at the logical DPI (fonts resolve as on screen), stored at the chosen one.
    image.setDotsPerMeterX(dotsPerMetre(figureLogicalDpi()));
    image.setDotsPerMeterY(dotsPerMetre(figureLogicalDpi()));
    image.fill(Qt::white);
    {
        const double scale = dpi / figureLogicalDpi();
        QPainter painter(&image);
        paintOn(painter, source, QSizeF(px.width() / scale, px.height() / scale), scale, options.fontScale);
    }
    image.setDotsPerMeterX(dotsPerMetre(dpi));
    image.setDotsPerMeterY(dotsPerMetre(dpi));
    return image.convertToFormat(QImage::Format_RGB32);
}

QString exportFigure(FigureSource &source, const QString &file, const FigureOptions &options)
{
    const QString name = QDir::toNativeSeparators(file);
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return tr("Cannot export %1: unknown format “%2” (use .png, .svg or .pdf).")
            .arg(name, suffix.isEmpty() ? tr("no suffix") : suffix);
    if (!(options.width > 0) || !(options.height > 0) || !(options.dpi > 0) || !(options.fontScale > 0))
        return tr("Cannot export %1: the size, DPI and font scale must be positive.").arg(name);
    if (!QFileInfo(QFileInfo(file).absolutePath()).isDir())
        return tr("Cannot write %1: the folder does not exist.").arg(name);

    QByteArray data;
    if (suffix == QLatin1String("png")) {
        const QImage image = renderFigure(source, options);
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return tr("Cannot write %1: the PNG could not be encoded.").arg(name);
    } else if (suffix == QLatin1String("svg")) {
        data = svgBytes(source, options);
    } else {
        data = pdfBytes(source, options);
    }
    if (data.isEmpty())
        return tr("Cannot write %1: nothing was drawn.").arg(name);
    return writeFile(file, data);
}

} // namespace hplx
