#include "window/SampleDatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace hplx {

QString bundledSampleDatabase()
{
    const QStringList candidates = {
        qEnvironmentVariable("HPLX_SAMPLE_DB"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/hplx/samples/sample.db"),
        QStringLiteral(HPLX_SOURCE_SAMPLE_DB),
    };
    for (const QString &path : candidates) {
        if (!path.isEmpty() && QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

} // namespace hplx
