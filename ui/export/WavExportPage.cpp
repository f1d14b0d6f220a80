#include "export/WavExportPage.h"

#include "ProjectDocument.h"
#include "export/ExportStyle.h"

#include "export/ReleaseFileName.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lathe::ui {
namespace {

constexpr int kAlbumRate = 0;  // the rate box's item for "the album's rate"
constexpr int kRates[] = {44100, 48000, 88200, 96000, 176400, 192000};
constexpr int kFloatBits = 32;
constexpr int kFieldWidth = 280;

QString kilohertz(int rate) { return exportstyle::kilohertz(rate) + QStringLiteral(" kHz"); }

}  // namespace

WavExportPage::WavExportPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_bits(new QComboBox(this)), m_rate(new QComboBox(this)),
      m_dither(new QComboBox(this)), m_trackFiles(new QRadioButton(tr("One file per track"), this)),
      m_albumFile(new QRadioButton(tr("One album file with a cue sheet"), this)), m_ditherNote(new QLabel(this)),
      m_naming(new QLabel(this)) {
    m_bits->setObjectName(QStringLiteral("wavBits"));
    m_bits->addItem(tr("16-bit integer"), 16);
    m_bits->addItem(tr("24-bit integer"), 24);
    m_bits->addItem(tr("32-bit float"), kFloatBits);
    m_rate->setObjectName(QStringLiteral("wavRate"));
    m_rate->addItem(QString(), kAlbumRate);
    for (const int rate : kRates)
        m_rate->addItem(kilohertz(rate), rate);
    m_dither->setObjectName(QStringLiteral("wavDither"));
    m_dither->addItem(tr("None (truncate)"), static_cast<int>(DitherKind::None));
    m_dither->addItem(tr("TPDF"), static_cast<int>(DitherKind::Tpdf));
    m_dither->addItem(tr("Noise-shaped"), static_cast<int>(DitherKind::Shaped));
    m_ditherNote->setWordWrap(true);
    exportstyle::makeSecondary(m_ditherNote);
    for (QComboBox* box : {m_bits, m_rate, m_dither})
        box->setMinimumWidth(kFieldWidth);
    m_ditherNote->setMinimumWidth(2 * kFieldWidth);

    auto* format = new QGroupBox(tr("Format"), this);
    auto* form = new QFormLayout(format);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Word length"), m_bits);
    form->addRow(tr("Sample rate"), m_rate);
    form->addRow(tr("Dither"), m_dither);
    form->addRow(QString(), m_ditherNote);

    auto* files = new QGroupBox(tr("Files"), this);
    auto* filesLayout = new QVBoxLayout(files);
    auto* split = new QButtonGroup(this);
    split->addButton(m_trackFiles);
    split->addButton(m_albumFile);
    m_albumFile->setObjectName(QStringLiteral("wavAlbumSplit"));
    filesLayout->addWidget(m_trackFiles);
    filesLayout->addWidget(m_albumFile);
    m_naming->setWordWrap(true);
    m_naming->setTextInteractionFlags(Qt::TextSelectableByMouse);
    exportstyle::makeSecondary(m_naming);
    filesLayout->addWidget(m_naming);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(format);
    layout->addWidget(files);
    layout->addStretch();

    auto change = [this](const QString& description, auto apply) {
        m_document->edit(description, [&](Project& project) { apply(project.exports.wav); });
    };
    connect(m_bits, &QComboBox::currentIndexChanged, this, [this, change] {
        const int bits = m_bits->currentData().toInt();
        change(tr("WAV word length"), [bits](WavExport& wav) { wav.bits = bits; });
    });
    connect(m_rate, &QComboBox::currentIndexChanged, this, [this, change] {
        const int rate = m_rate->currentData().toInt();
        change(tr("WAV sample rate"), [rate](WavExport& wav) {
            wav.sampleRate = rate == kAlbumRate ? std::nullopt : std::optional<int>(rate);
        });
    });
    connect(m_dither, &QComboBox::currentIndexChanged, this, [this, change] {
        const auto dither = static_cast<DitherKind>(m_dither->currentData().toInt());
        change(tr("WAV dither"), [dither](WavExport& wav) { wav.dither = dither; });
    });
    connect(split, &QButtonGroup::buttonClicked, this, [this, change](QAbstractButton* button) {
        const WavSplit mode = button == m_albumFile ? WavSplit::Album : WavSplit::Tracks;
        change(tr("WAV files"), [mode](WavExport& wav) { wav.split = mode; });
    });
    connect(m_document, &ProjectDocument::changed, this, &WavExportPage::refresh);
    refresh();
}

void WavExportPage::refresh() {
    const Project& project = m_document->project();
    const WavExport& wav = project.exports.wav;
    m_rate->setItemText(0, tr("Album rate (%1)").arg(kilohertz(project.album.sampleRate)));
    exportstyle::selectData(m_bits, wav.bits);
    exportstyle::selectData(m_rate, wav.sampleRate.value_or(kAlbumRate));
    exportstyle::selectData(m_dither, static_cast<int>(wav.dither));
    const bool floating = wav.bits == kFloatBits;
    m_dither->setEnabled(!floating);
    m_ditherNote->setText(floating ? tr("32-bit float keeps every sample as it is: no dither.")
                                   : tr("Digital silence (pregaps, gaps) stays exact zeros. Noise-shaped dither "
                                        "moves the noise where the ear is least sensitive."));
    {
        const QSignalBlocker blockTracks(m_trackFiles);
        const QSignalBlocker blockAlbum(m_albumFile);
        (wav.split == WavSplit::Album ? m_albumFile : m_trackFiles)->setChecked(true);
    }
    QString example;
    if (wav.split == WavSplit::Album) {
        const QString name = QString::fromStdString(sanitiseFileName(project.album.text.title));
        example = QStringLiteral("WAV/%1.wav, WAV/%1.cue").arg(name);
    } else if (!project.tracks.empty()) {
        example = QStringLiteral("WAV/") +
                  QString::fromStdString(trackFileName(1, project.tracks.front().text.title, ".wav"));
        if (project.tracks.size() > 1)
            example += QStringLiteral(" … WAV/") +
                       QString::fromStdString(trackFileName(static_cast<int>(project.tracks.size()),
                                                            project.tracks.back().text.title, ".wav"));
    }
    m_naming->setText(tr("Files are named by the renderer: %1. The project format has no naming pattern; "
                         "titles are made safe for every file system.")
                          .arg(example));
}

}  // namespace lathe::ui
