// Reading what hplx-cli batch wrote: its manifest, the status of each
// result and an independent SHA-256 of a file (Qt's, not ours).
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace hplxtest {

inline QJsonObject readManifest(const QString &dir)
{
    QFile file(dir + QStringLiteral("/manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// key -> status of every result in the manifest.
inline QMap<QString, QString> statuses(const QJsonObject &manifest)
{
    QMap<QString, QString> out;
    for (const auto &value : manifest.value(QStringLiteral("results")).toArray())
        out.insert(value.toObject().value(QStringLiteral("key")).toString(),
                   value.toObject().value(QStringLiteral("status")).toString());
    return out;
}

inline QByteArray sha256Hex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace hplxtest
