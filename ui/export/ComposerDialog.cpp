#include "export/ComposerDialog.h"

#include "export/ExportFigureDialog.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace hplx {

namespace {

const QSize kThumbnail(96, 72);
const QSize kPreviewBox(480, 360);

} // namespace

ComposerDialog::ComposerDialog(FigureComposer *composer, QWidget *parent)
    : QDialog(parent), m_composer(composer), m_figure(composer)
{
    setWindowTitle(tr("Compose Figure"));
    setObjectName(QStringLiteral("composerDialog"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("composerPanels"));
    m_list->setIconSize(kThumbnail);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(300);
    m_list->setWordWrap(true);

    m_up = new QPushButton(tr("Up"), this);
    m_up->setObjectName(QStringLiteral("composerUp"));
    m_down = new QPushButton(tr("Down"), this);
    m_down->setObjectName(QStringLiteral("composerDown"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("composerRemove"));
    m_caption = new QPushButton(tr("Caption…"), this);
    m_caption->setObjectName(QStringLiteral("composerCaption"));
    m_caption->setToolTip(tr("Edit the caption shown under the panel."));

    m_columns = new QSpinBox(this);
    m_columns->setObjectName(QStringLiteral("composerColumns"));
    m_columns->setRange(1, 8);
    m_letters = new QComboBox(this);
    m_letters->setObjectName(QStringLiteral("composerLetters"));
    m_letters->addItem(tr("None"), -1);
    m_letters->addItem(QStringLiteral("a, b, c"), int(ComposerLayout::LetterStyle::Lower));
    m_letters->addItem(QStringLiteral("(a), (b), (c)"), int(ComposerLayout::LetterStyle::LowerParenthesised));
    m_letters->addItem(QStringLiteral("A, B, C"), int(ComposerLayout::LetterStyle::Upper));
    m_captions = new QCheckBox(tr("Caption under each panel"), this);
    m_captions->setObjectName(QStringLiteral("composerCaptions"));
    m_sharedBar = new QCheckBox(tr("One colour bar for all panels"), this);
    m_sharedBar->setObjectName(QStringLiteral("composerSharedColourBar"));
    m_gap = new QDoubleSpinBox(this);
    m_gap->setObjectName(QStringLiteral("composerGap"));
    m_gap->setRange(0, 50);
    m_gap->setDecimals(1);
    m_gap->setSingleStep(0.5);
    m_gap->setSuffix(tr(" mm"));

    // The size "Add View to Figure" records at: more room for the view's
    // layout, smaller text once scaled into the figure.
    const double mmPerUnit = 25.4 / figureLogicalDpi();
    const auto sizeSpin = [this](const QString &name, double value) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(name);
        box->setRange(20, 400);
        box->setDecimals(1);
        box->setSingleStep(5);
        box->setSuffix(tr(" mm"));
        box->setValue(value);
        box->setToolTip(tr("Size at which new panels are recorded: a larger size gives the view more room and "
                           "makes its text smaller in the figure. Panels already added keep their size."));
        return box;
    };
    m_snapshotWidth = sizeSpin(QStringLiteral("composerSnapshotWidth"), m_composer->snapshotSize().width() * mmPerUnit);
    m_snapshotHeight =
        sizeSpin(QStringLiteral("composerSnapshotHeight"), m_composer->snapshotSize().height() * mmPerUnit);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("composerPreview"));
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setMinimumSize(kPreviewBox);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setStyleSheet(QStringLiteral("background: #d8d8d8;"));
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("composerSize"));

    auto *moveButtons = new QHBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    moveButtons->addStretch(1);
    moveButtons->addWidget(m_caption);
    moveButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Panels (drag to reorder):"), this));
    left->addWidget(m_list, 1);
    left->addLayout(moveButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Columns:"), m_columns);
    form->addRow(tr("Panel letters:"), m_letters);
    form->addRow(tr("Gap:"), m_gap);
    form->addRow(QString(), m_captions);
    form->addRow(QString(), m_sharedBar);
    auto *snapshot = new QHBoxLayout;
    snapshot->addWidget(m_snapshotWidth);
    snapshot->addWidget(new QLabel(QStringLiteral("×"), this));
    snapshot->addWidget(m_snapshotHeight);
    snapshot->addStretch(1);
    form->addRow(tr("New panels:"), snapshot);
    auto *right = new QVBoxLayout;
    right->addWidget(m_previewLabel, 1);
    right->addWidget(m_size);
    right->addLayout(form);

    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("composerExport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ComposerDialog::openExportDialog);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_remove, &QPushButton::clicked, this, &ComposerDialog::removeCurrent);
    connect(m_caption, &QPushButton::clicked, this, &ComposerDialog::editCaption);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ComposerDialog::editCaption);
    connect(m_list, &QListWidget::currentRowChanged, this, &ComposerDialog::updateButtons);
    connect(m_columns, &QSpinBox::valueChanged, this, &ComposerDialog::layoutEdited);
    connect(m_letters, &QComboBox::currentIndexChanged, this, &ComposerDialog::layoutEdited);
    connect(m_captions, &QCheckBox::toggled, this, &ComposerDialog::layoutEdited);
    connect(m_sharedBar, &QCheckBox::toggled, this, &ComposerDialog::layoutEdited);
    connect(m_gap, &QDoubleSpinBox::valueChanged, this, &ComposerDialog::layoutEdited);
    connect(m_snapshotWidth, &QDoubleSpinBox::valueChanged, this, &ComposerDialog::snapshotSizeEdited);
    connect(m_snapshotHeight, &QDoubleSpinBox::valueChanged, this, &ComposerDialog::snapshotSizeEdited);
    // A drag inside the list moves its row; move the snapshot the same way.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                rowsMoved(start, row > start ? row - 1 : row);
            });
    connect(m_composer, &FigureComposer::changed, this, &ComposerDialog::syncFromComposer);

    syncFromComposer();
    m_list->setCurrentRow(m_composer->count() > 0 ? 0 : -1);
    updateButtons();
}

FigureOptions ComposerDialog::exportOptions() const
{
    FigureOptions options = ExportFigureDialog::savedOptions();
    const QSizeF logical = figureLogicalSize(options);
    if (m_composer->count() > 0 && logical.width() > 0) {
        const double height = m_figure.heightForWidth(logical.width(), options.fontScale);
        // Same unit for width and height, and logical units are linear in both.
        options.height = options.width * height / logical.width();
    }
    return options;
}

void ComposerDialog::openExportDialog()
{
    if (m_composer->count() == 0)
        return;
    ExportFigureDialog dialog(&m_figure, QString(), this);
    dialog.setOptions(exportOptions());
    dialog.exec();
}

void ComposerDialog::syncFromComposer()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const ComposerLayout layout = m_composer->layout();
    m_columns->setValue(layout.columns);
    m_letters->setCurrentIndex(layout.letters ? m_letters->findData(int(layout.letterStyle)) : 0);
    m_captions->setChecked(layout.captions);
    m_sharedBar->setChecked(layout.sharedColourBar);
    // Offered only when one bar tells the truth about every panel.
    const bool shareable = m_composer->commonColourScale().has_value();
    m_sharedBar->setEnabled(shareable);
    m_sharedBar->setToolTip(shareable ? tr("Draw one colour bar right of the grid instead of one in each panel.")
                                      : tr("Available when every panel has a colour bar with the same scale: "
                                           "the same quantity, colour map and range."));
    m_gap->setValue(layout.gapMm);

    const int current = m_list->currentRow();
    // Items are updated in place: this may run inside the list's own drop.
    while (m_list->count() > m_composer->count())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < m_composer->count())
        m_list->addItem(new QListWidgetItem);
    const auto style = layout.letters ? layout.letterStyle : ComposerLayout::LetterStyle::Lower;
    for (int i = 0; i < m_composer->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setText(tr("%1  %2").arg(FigureComposer::letter(i, style), m_composer->title(i)));
        item->setToolTip(m_composer->title(i));
        item->setIcon(QIcon(QPixmap::fromImage(m_composer->thumbnail(i, kThumbnail))));
    }
    if (current >= m_list->count())
        m_list->setCurrentRow(m_list->count() - 1);
    m_syncing = false;
    updateButtons();
    updatePreview();
}

void ComposerDialog::layoutEdited()
{
    if (m_syncing)
        return;
    ComposerLayout layout = m_composer->layout();
    layout.columns = m_columns->value();
    const int letters = m_letters->currentData().toInt();
    layout.letters = letters >= 0;
    if (letters >= 0)
        layout.letterStyle = ComposerLayout::LetterStyle(letters);
    layout.captions = m_captions->isChecked();
    layout.sharedColourBar = m_sharedBar->isChecked();
    layout.gapMm = m_gap->value();
    m_composer->setLayout(layout);
}

void ComposerDialog::snapshotSizeEdited()
{
    const double unitsPerMm = figureLogicalDpi() / 25.4;
    m_composer->setSnapshotSize(QSizeF(m_snapshotWidth->value(), m_snapshotHeight->value()) * unitsPerMm);
}

void ComposerDialog::rowsMoved(int from, int to)
{
    if (m_syncing)
        return;
    m_composer->move(from, to);
}

void ComposerDialog::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_composer->count())
        return;
    m_composer->move(row, to);
    m_list->setCurrentRow(to);
}

void ComposerDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_composer->remove(row);
    m_list->setCurrentRow(std::min(row, m_composer->count() - 1));
}

void ComposerDialog::editCaption()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Panel Caption"), tr("Caption under the panel:"),
                                               QLineEdit::Normal, m_composer->title(row), &ok);
    if (ok)
        m_composer->setTitle(row, text.trimmed());
}

void ComposerDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    updatePreview(); // fills the larger box
}

void ComposerDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_composer->count());
    m_remove->setEnabled(row >= 0);
    m_caption->setEnabled(row >= 0);
    m_export->setEnabled(m_composer->count() > 0);
}

void ComposerDialog::updatePreview()
{
    if (m_composer->count() == 0) {
        m_preview = QImage();
        m_previewLabel->setPixmap(QPixmap());
        m_previewLabel->setText(tr("No panels yet: add views with “Add View to Figure”."));
        m_size->clear();
        return;
    }
    const FigureOptions options = exportOptions();
    const QSizeF logical = figureLogicalSize(options);
    const QSize box = m_previewLabel->contentsRect().size().expandedTo(kPreviewBox) - QSize(8, 8);
    const double scale = std::min(box.width() / logical.width(), box.height() / logical.height());
    m_preview =
        QImage(QSize(std::max(1, qRound(logical.width() * scale)), std::max(1, qRound(logical.height() * scale))),
               QImage::Format_ARGB32_Premultiplied);
    m_preview.fill(Qt::white);
    {
        QPainter painter(&m_preview);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        m_figure.paintFigure(painter, QRectF(QPointF(0, 0), logical), options.fontScale);
    }
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
    const QSizeF mm = figureMillimetres(options);
    m_size->setText(tr("%1 × %2 mm (the export dialog can change the size)")
                        .arg(QString::number(mm.width(), 'f', 0), QString::number(mm.height(), 'f', 0)));
}

} // namespace hplx
