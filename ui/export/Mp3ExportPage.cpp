#include "export/Mp3ExportPage.h"

#include "ProjectDocument.h"
#include "export/ExportStyle.h"

#include "export/Mp3Exporter.h"
#include "export/ReleaseFileName.h"
#include "project/ProjectSchema.h"
#include "render/AlbumRenderer.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lathe::ui {
namespace {

constexpr int kBestVbrQuality = 0;
constexpr int kWorstVbrQuality = 9;
constexpr int kFieldWidth = 320;

}  // namespace

Mp3ExportPage::Mp3ExportPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_cbr(new QRadioButton(tr("Constant bitrate (CBR)"), this)),
      m_vbr(new QRadioButton(tr("Variable bitrate (VBR)"), this)), m_bitrate(new QComboBox(this)),
      m_quality(new QComboBox(this)), m_encodeRate(new QLabel(this)), m_ceiling(new QLabel(this)),
      m_naming(new QLabel(this)) {
    m_vbr->setObjectName(QStringLiteral("mp3Vbr"));
    m_bitrate->setObjectName(QStringLiteral("mp3Bitrate"));
    for (const int kbps : schema::kMp3CbrKbps)
        m_bitrate->addItem(tr("%1 kbps").arg(kbps), kbps);
    m_quality->setObjectName(QStringLiteral("mp3Quality"));
    for (int quality = kBestVbrQuality; quality <= kWorstVbrQuality; ++quality) {
        QString text = QStringLiteral("V%1").arg(quality);
        if (quality == kBestVbrQuality)
            text += QStringLiteral(" — ") + tr("highest quality (about 245 kbps)");
        else if (quality == kWorstVbrQuality)
            text += QStringLiteral(" — ") + tr("smallest files (about 65 kbps)");
        m_quality->addItem(text, quality);
    }

    m_bitrate->setMinimumWidth(kFieldWidth);
    m_quality->setMinimumWidth(kFieldWidth);

    auto* encoding = new QGroupBox(tr("Encoding (LAME)"), this);
    auto* form = new QFormLayout(encoding);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_cbr);
    modes->addButton(m_vbr);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_cbr);
    modeRow->addWidget(m_vbr);
    modeRow->addStretch();
    form->addRow(tr("Mode"), modeRow);
    form->addRow(tr("Bitrate"), m_bitrate);
    form->addRow(tr("VBR quality"), m_quality);
    form->addRow(tr("Sample rate"), m_encodeRate);

    auto* release = new QGroupBox(tr("Release checks and tags"), this);
    auto* releaseLayout = new QVBoxLayout(release);
    m_ceiling->setWordWrap(true);
    releaseLayout->addWidget(m_ceiling);
    auto* tags = new QLabel(tr("ID3v2.4 tags written to every file: title, artist, album, album artist, "
                               "track n/N, date, genre, ISRC and ReplayGain 2.0 track gain and peak (measured "
                               "on the decoded file). Files are gapless (LAME info tag)."),
                            release);
    tags->setWordWrap(true);
    releaseLayout->addWidget(tags);
    m_naming->setWordWrap(true);
    exportstyle::makeSecondary(m_naming);
    releaseLayout->addWidget(m_naming);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(encoding);
    layout->addWidget(release);
    layout->addStretch();

    auto change = [this](const QString& description, auto apply) {
        m_document->edit(description, [&](Project& project) { apply(project.exports.mp3); });
    };
    connect(modes, &QButtonGroup::buttonClicked, this, [this, change](QAbstractButton* button) {
        const Mp3Mode mode = button == m_vbr ? Mp3Mode::Vbr : Mp3Mode::Cbr;
        change(tr("MP3 mode"), [mode](Mp3Export& mp3) { mp3.mode = mode; });
    });
    connect(m_bitrate, &QComboBox::currentIndexChanged, this, [this, change] {
        const int kbps = m_bitrate->currentData().toInt();
        change(tr("MP3 bitrate"), [kbps](Mp3Export& mp3) { mp3.bitrateKbps = kbps; });
    });
    connect(m_quality, &QComboBox::currentIndexChanged, this, [this, change] {
        const int quality = m_quality->currentData().toInt();
        change(tr("MP3 VBR quality"), [quality](Mp3Export& mp3) { mp3.vbrQuality = quality; });
    });
    connect(m_document, &ProjectDocument::changed, this, &Mp3ExportPage::refresh);
    refresh();
}

void Mp3ExportPage::refresh() {
    const Project& project = m_document->project();
    const Mp3Export& mp3 = project.exports.mp3;
    {
        const QSignalBlocker blockCbr(m_cbr);
        const QSignalBlocker blockVbr(m_vbr);
        (mp3.mode == Mp3Mode::Vbr ? m_vbr : m_cbr)->setChecked(true);
    }
    exportstyle::selectData(m_bitrate, mp3.bitrateKbps);
    exportstyle::selectData(m_quality, mp3.vbrQuality);
    m_bitrate->setEnabled(mp3.mode == Mp3Mode::Cbr);
    m_quality->setEnabled(mp3.mode == Mp3Mode::Vbr);
    const int rate = Mp3Exporter::encodeRateFor(project.album.sampleRate);
    m_encodeRate->setText(tr("%1 kHz, stereo").arg(exportstyle::kilohertz(rate)));
    m_ceiling->setText(
        tr("True-peak ceiling %1 dBTP (the master limiter's): each file is decoded again and, where decoding "
           "overshoots it, encoded again with less gain.")
            .arg(QString::number(AlbumRenderer::ceilingOf(project), 'f', 1)));
    const QString first =
        project.tracks.empty() ? QString()
                               : QString::fromStdString(trackFileName(1, project.tracks.front().text.title, ".mp3"));
    m_naming->setText(tr("Files are named by the renderer: MP3/%1 … (the project format has no naming "
                         "pattern).")
                          .arg(first));
}

}  // namespace lathe::ui
