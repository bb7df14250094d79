// Reading exported figures back in tests: text-height measurement in PNGs,
// the page size of a PDF and its text (pdftotext, when installed).
#pragma once

#include <QByteArray>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QString>

namespace hplxtest {

inline bool isDark(QRgb pixel)
{
    return qRed(pixel) < 128 && qGreen(pixel) < 128 && qBlue(pixel) < 128;
}

// Height in pixels of the lowest block of dark rows (no fully light row
// inside) within columns [x0, x1) of image: the x-axis title of a chart.
inline int bottomTextHeight(const QImage &image, int x0, int x1)
{
    const auto darkRow = [&](int y) {
        for (int x = x0; x < x1; ++x)
            if (isDark(image.pixel(x, y)))
                return true;
        return false;
    };
    int y = image.height() - 1;
    while (y >= 0 && !darkRow(y))
        --y;
    const int bottom = y;
    while (y >= 0 && darkRow(y))
        --y;
    return bottom - y;
}

// Pixels that are not (near) white.
inline int inkedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qRed(p) < 235 || qGreen(p) < 235 || qBlue(p) < 235)
                ++count;
        }
    return count;
}

// The first page's /MediaBox in points (1/72 inch); invalid when absent.
inline QSizeF pdfMediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s*\\]"));
    const auto match = box.match(QString::fromLatin1(pdf));
    if (!match.hasMatch())
        return {};
    return {match.captured(3).toDouble() - match.captured(1).toDouble(),
            match.captured(4).toDouble() - match.captured(2).toDouble()};
}

// The PDF's text by pdftotext (poppler-utils); null when it is not installed.
inline QString pdfText(const QString &file)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-q"), file, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed>");
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace hplxtest
