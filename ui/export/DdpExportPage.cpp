#include "export/DdpExportPage.h"

#include "ProjectDocument.h"
#include "export/ExportStyle.h"

#include "project/Isrc.h"
#include "project/UpcEan.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace lathe::ui {
namespace {

// The album's text fields, by their project-format key. Reading goes through the same
// accessor as writing, so a field's label, key and member cannot drift apart.
struct AlbumField {
    const char* key;
    const char* label;
    std::string& (*text)(Project&);
};

const AlbumField kAlbumFields[] = {
    {"title", QT_TRANSLATE_NOOP("lathe::ui::DdpExportPage", "Album title"),
     [](Project& p) -> std::string& { return p.album.text.title; }},
    {"performer", QT_TRANSLATE_NOOP("lathe::ui::DdpExportPage", "Performer"),
     [](Project& p) -> std::string& { return p.album.text.performer; }},
    {"songwriter", QT_TRANSLATE_NOOP("lathe::ui::DdpExportPage", "Songwriter"),
     [](Project& p) -> std::string& { return p.album.text.songwriter; }},
    {"composer", QT_TRANSLATE_NOOP("lathe::ui::DdpExportPage", "Composer"),
     [](Project& p) -> std::string& { return p.album.text.composer; }},
    {"arranger", QT_TRANSLATE_NOOP("lathe::ui::DdpExportPage", "Arranger"),
     [](Project& p) -> std::string& { return p.album.text.arranger; }},
    {"message", QT_TRANSLATE_NOOP("lathe::ui::DdpExportPage", "Message"),
     [](Project& p) -> std::string& { return p.album.text.message; }},
    {"genre", QT_TRANSLATE_NOOP("lathe::ui::DdpExportPage", "Genre"),
     [](Project& p) -> std::string& { return p.album.genre; }},
    {"upc_ean", QT_TRANSLATE_NOOP("lathe::ui::DdpExportPage", "Catalogue (UPC/EAN)"),
     [](Project& p) -> std::string& { return p.album.upcEan; }},
};

// Consecutive keystrokes in one field are one undo step.
constexpr int kAlbumFieldMergeBase = 0x4450'0000;
constexpr int kPregapDecimals = 2;

const std::string& readField(const AlbumField& field, const Project& project) {
    // The accessor only selects a member; reading through it changes nothing.
    return field.text(const_cast<Project&>(project));
}

bool hasCdText(const Project& project) {
    auto any = [](const CdText& text) {
        return !text.title.empty() || !text.performer.empty() || !text.songwriter.empty() ||
               !text.composer.empty() || !text.arranger.empty() || !text.message.empty();
    };
    return any(project.album.text) ||
           std::any_of(project.tracks.begin(), project.tracks.end(),
                       [&](const Track& track) { return any(track.text); });
}

}  // namespace

DdpExportPage::DdpExportPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_catalogStatus(new QLabel(this)),
      m_cdTextStatus(new QLabel(this)), m_tracks(new QTableWidget(0, ColumnCount, this)) {
    auto* album = new QGroupBox(tr("Disc"), this);
    auto* form = new QFormLayout(album);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (const AlbumField& field : kAlbumFields) {
        QLineEdit* edit = addAlbumField(field.key, QString());
        if (QStringLiteral("upc_ean") == QLatin1String(field.key)) {
            auto* row = new QHBoxLayout;
            row->addWidget(edit, 1);
            row->addWidget(m_catalogStatus, 1);
            form->addRow(tr(field.label), row);
            edit->setPlaceholderText(tr("12 or 13 digits, optional"));
            edit->setMaxLength(13);
        } else {
            form->addRow(tr(field.label), edit);
        }
    }
    form->addRow(tr("CD-Text"), m_cdTextStatus);
    m_cdTextStatus->setWordWrap(true);

    auto* tracks = new QGroupBox(tr("Tracks"), this);
    auto* tracksLayout = new QVBoxLayout(tracks);
    m_tracks->setObjectName(QStringLiteral("ddpTrackTable"));
    m_tracks->setHorizontalHeaderLabels({tr("#"), tr("Title"), tr("Performer"), tr("ISRC"), tr("Pregap (s)")});
    m_tracks->verticalHeader()->hide();
    m_tracks->setAlternatingRowColors(true);
    m_tracks->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tracks->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
    QHeaderView* header = m_tracks->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Title, QHeaderView::Stretch);
    header->setSectionResizeMode(Number, QHeaderView::ResizeToContents);
    m_tracks->setColumnWidth(Performer, 150);
    m_tracks->setColumnWidth(Isrc, 130);
    m_tracks->setColumnWidth(Pregap, 90);
    tracksLayout->addWidget(m_tracks);
    auto* hint = new QLabel(tr("ISRC: CC-XXX-YY-NNNNN (hyphens optional). Track 1 needs a pregap of at "
                               "least 2 s on CD; every track lasts at least 4 s."),
                            tracks);
    hint->setWordWrap(true);
    exportstyle::makeSecondary(hint);
    tracksLayout->addWidget(hint);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(album, 2);
    layout->addWidget(tracks, 3);

    connect(m_tracks, &QTableWidget::itemChanged, this, &DdpExportPage::trackEdited);
    connect(m_document, &ProjectDocument::changed, this, &DdpExportPage::refresh);
    refresh();
}

QLineEdit* DdpExportPage::addAlbumField(const char* key, const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("album_") + QLatin1String(key));
    edit->setPlaceholderText(placeholder);
    const auto index = static_cast<int>(m_albumFields.size());
    m_albumFields << edit;
    connect(edit, &QLineEdit::textEdited, this, [this, index](const QString& text) {
        const AlbumField& field = kAlbumFields[index];
        const std::string value = text.trimmed().toStdString();
        m_document->edit(tr("Edit %1").arg(tr(field.label)),
                         [&](Project& project) { field.text(project) = value; }, kAlbumFieldMergeBase + index);
    });
    return edit;
}

QLineEdit* DdpExportPage::albumField(const char* key) const {
    for (int i = 0; i < m_albumFields.size(); ++i)
        if (QLatin1String(kAlbumFields[i].key) == QLatin1String(key))
            return m_albumFields[i];
    return nullptr;
}

void DdpExportPage::refresh() {
    const Project& project = m_document->project();
    for (int i = 0; i < m_albumFields.size(); ++i) {
        const QString text = QString::fromStdString(readField(kAlbumFields[i], project));
        // Leave a field being typed in alone when it already says this (the cursor stays).
        if (m_albumFields[i]->text().trimmed() != text) {
            m_albumFields[i]->setText(text);
            m_albumFields[i]->setCursorPosition(0);  // a long message shows its beginning
        }
    }
    const std::string& upc = project.album.upcEan;
    if (upc.empty()) {
        exportstyle::setStatus(m_catalogStatus, exportstyle::Status::Neutral, tr("none: the disc has no MCN"));
    } else if (const auto problem = upcean::problem(upc)) {
        exportstyle::setStatus(m_catalogStatus, exportstyle::Status::Bad, QString::fromStdString(*problem));
    } else {
        exportstyle::setStatus(m_catalogStatus, exportstyle::Status::Good,
                               upc.size() == 12 ? tr("valid UPC-A") : tr("valid EAN-13"));
    }
    m_cdTextStatus->setText(hasCdText(project)
                                ? tr("Written to the disc (CDTEXT.BIN) from the texts above and the track titles "
                                     "and performers.")
                                : tr("Not written: no album or track text is set."));
    exportstyle::makeSecondary(m_cdTextStatus);
    refreshTracks(project);
}

void DdpExportPage::refreshTracks(const Project& project) {
    m_refreshing = true;
    m_tracks->setRowCount(static_cast<int>(project.tracks.size()));
    for (int row = 0; row < m_tracks->rowCount(); ++row) {
        const Track& track = project.tracks[static_cast<std::size_t>(row)];
        auto cell = [&](int column) {
            QTableWidgetItem* item = m_tracks->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_tracks->setItem(row, column, item);
            }
            return item;
        };
        QTableWidgetItem* number = cell(Number);
        number->setText(QString::number(row + 1));
        number->setFlags(Qt::ItemIsEnabled);
        number->setTextAlignment(Qt::AlignCenter);
        cell(Title)->setText(QString::fromStdString(track.text.title));
        cell(Performer)->setText(QString::fromStdString(track.text.performer));
        QTableWidgetItem* isrcItem = cell(Isrc);
        isrcItem->setText(QString::fromStdString(track.isrc));
        const auto problem = track.isrc.empty() ? std::nullopt : isrc::problem(track.isrc);
        isrcItem->setForeground(problem ? exportstyle::colour(exportstyle::Status::Bad) : QBrush());
        isrcItem->setToolTip(problem ? QString::fromStdString(*problem) : QString());
        QTableWidgetItem* pregap = cell(Pregap);
        pregap->setText(QString::number(track.pregapSeconds, 'f', kPregapDecimals));
        pregap->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const bool crossfaded = track.crossfadeSeconds > 0.0;
        pregap->setFlags(crossfaded ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        pregap->setToolTip(crossfaded ? tr("Crossfaded into the previous track: no pregap") : QString());
    }
    m_refreshing = false;
}

void DdpExportPage::trackEdited(QTableWidgetItem* item) {
    if (m_refreshing)
        return;
    const auto row = static_cast<std::size_t>(item->row());
    const int column = item->column();
    const QString text = item->data(Qt::EditRole).toString().trimmed();
    switch (column) {
    case Title:
        m_document->edit(tr("Edit track title"),
                         [&](Project& p) { p.tracks.at(row).text.title = text.toStdString(); });
        break;
    case Performer:
        m_document->edit(tr("Edit track performer"),
                         [&](Project& p) { p.tracks.at(row).text.performer = text.toStdString(); });
        break;
    case Isrc:
        m_document->edit(tr("Edit ISRC"),
                         [&](Project& p) { p.tracks.at(row).isrc = isrc::normalize(text.toStdString()); });
        break;
    case Pregap: {
        bool ok = false;
        double seconds = text.toDouble(&ok);
        if (!ok)
            seconds = QLocale().toDouble(text, &ok);
        if (ok)
            m_document->edit(tr("Change gap"),
                             [&](Project& p) { p.tracks.at(row).pregapSeconds = std::max(0.0, seconds); });
        break;
    }
    default: break;
    }
    // An edit the project refused (or that changed nothing) still shows the project.
    refreshTracks(m_document->project());
}

}  // namespace lathe::ui
