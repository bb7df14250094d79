#include "panels/LandscapeLabels.h"

#include "util/Format.h"

namespace hplx {

QString splitAndFidelity(const LandscapeKey &key)
{
    const QString split = QString::fromStdString(key.split);
    if (key.fidelityName.empty() || !key.fidelityValue)
        return split;
    return QStringLiteral("%1 · %2 = %3")
        .arg(split, QString::fromStdString(key.fidelityName), QString::fromStdString(formatNumber(*key.fidelityValue)));
}

QString landscapeLabel(const LandscapeKey &key, const LandscapeKey &reference)
{
    const QString tail = splitAndFidelity(key);
    if (key.model != reference.model || key.lossName != reference.lossName)
        return QStringLiteral("%1 / %2 · %3")
            .arg(QString::fromStdString(key.model), QString::fromStdString(key.dataset), tail);
    if (key.dataset != reference.dataset)
        return QStringLiteral("%1 · %2").arg(QString::fromStdString(key.dataset), tail);
    return tail;
}

QString figureLandscapeName(const LandscapeKey &key)
{
    QString title = QStringLiteral("%1 / %2 / %3")
                        .arg(QString::fromStdString(key.model), QString::fromStdString(key.dataset),
                             QString::fromStdString(key.split));
    if (!key.fidelityName.empty() && key.fidelityValue)
        title += QStringLiteral(" / %1 = %2")
                     .arg(QString::fromStdString(key.fidelityName),
                          QString::fromStdString(formatNumber(*key.fidelityValue)));
    return title;
}

} // namespace hplx
