<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>EqBandText</name>
    <message>
        <source>Bell</source>
        <translation>ベル</translation>
    </message>
    <message>
        <source>Low Shelf</source>
        <translation>ローシェルフ</translation>
    </message>
    <message>
        <source>High Shelf</source>
        <translation>ハイシェルフ</translation>
    </message>
    <message>
        <source>Low Cut</source>
        <translation>ローカット</translation>
    </message>
    <message>
        <source>High Cut</source>
        <translation>ハイカット</translation>
    </message>
    <message>
        <source>Notch</source>
        <translation>ノッチ</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>ミッド</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>サイド</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1（オフ）</translation>
    </message>
    <message>
        <source>%1 dB/oct</source>
        <translation>%1 dB/oct</translation>
    </message>
    <message>
        <source>Q %1</source>
        <translation>Q %1</translation>
    </message>
</context>
<context>
    <name>ModulePanelFactory</name>
    <message>
        <source>Gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>EQ</translation>
    </message>
    <message>
        <source>Compressor</source>
        <translation>コンプレッサー</translation>
    </message>
    <message>
        <source>Multiband</source>
        <translation>マルチバンド</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message>
        <source>Declick</source>
        <translation>デクリック</translation>
    </message>
    <message>
        <source>Limiter</source>
        <translation>リミッター</translation>
    </message>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation><numerusform>%n バンド</numerusform></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lathe</source>
        <translation>Lathe</translation>
    </message>
    <message>
        <source>an album that was never saved</source>
        <translation>一度も保存されていないアルバム</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>未保存の作業を復元</translation>
    </message>
    <message>
        <source>Lathe did not close normally. Changes to %1, autosaved %2, were never saved.</source>
        <translation>Lathe は正常に終了しませんでした。%1 への変更（%2 に自動保存）は保存されていません。</translation>
    </message>
    <message>
        <source>Recover opens them as unsaved changes; the album's own file is untouched until you save.</source>
        <translation>「復元」は未保存の変更として開きます。保存するまでアルバムのファイルは変更されません。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>lathe::ui::AlbumTimelineView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Fade-in curve</source>
        <translation>フェードインのカーブ</translation>
    </message>
    <message>
        <source>Fade-out curve</source>
        <translation>フェードアウトのカーブ</translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>ソースを読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ChainEditor</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a module after the selected one</source>
        <translation>選択中のモジュールの後にモジュールを追加</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected module</source>
        <translation>選択モジュールを削除</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the selected module earlier in the chain</source>
        <translation>選択モジュールをチェーンの前へ</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the selected module later in the chain</source>
        <translation>選択モジュールをチェーンの後ろへ</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>レベル合わせ</translation>
    </message>
    <message>
        <source>Level-matched bypass: a module you bypass keeps its loudness on the monitor, so you hear what it does to the sound, not how much louder it makes it</source>
        <translation>レベル合わせバイパス：バイパスしたモジュールのラウドネスをモニター上で保ち、音量差ではなく音の変化を聴けます</translation>
    </message>
    <message>
        <source>The chain to edit: the master's, or a track's (follows the selected track)</source>
        <translation>編集するチェーン：マスター、またはトラック（選択中のトラックに追従）</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>%1 を有効化</translation>
    </message>
    <message>
        <source>Bypass %1</source>
        <translation>%1 をバイパス</translation>
    </message>
    <message>
        <source>Master chain</source>
        <translation>マスターチェーン</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>トラック %1</translation>
    </message>
    <message>
        <source>Track %1: %2</source>
        <translation>トラック %1: %2</translation>
    </message>
    <message>
        <source>Empty chain</source>
        <translation>空のチェーン</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>バイパス中</translation>
    </message>
    <message>
        <source>Bypass a module to hear it level-matched.</source>
        <translation>モジュールをバイパスすると、レベルを揃えて聴けます。</translation>
    </message>
    <message>
        <source>Bypass made up by %1 dB on the monitor</source>
        <translation>バイパス時にモニターで %1 dB 補正</translation>
    </message>
    <message>
        <source>Measuring the bypassed level…</source>
        <translation>バイパス時のレベルを測定中…</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CompressorControls</name>
    <message>
        <source>Threshold</source>
        <translation>スレッショルド</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>レシオ</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>アタック</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>ニー</translation>
    </message>
    <message>
        <source>Makeup</source>
        <translation>メイクアップ</translation>
    </message>
    <message>
        <source>Stereo link</source>
        <translation>ステレオリンク</translation>
    </message>
    <message>
        <source>SC HPF</source>
        <translation>SC HPF</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>What the compressor reacts to: the RMS level (smooth, musical) or the peak level (fast, catches transients)</source>
        <translation>コンプレッサーの反応対象：RMS レベル（滑らかで音楽的）またはピークレベル（高速、トランジェントを捉える）</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>検出方式</translation>
    </message>
    <message>
        <source>Set detector</source>
        <translation>検出方式を設定</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CorrelationMeter</name>
    <message>
        <source>Phase correlation: +1 mono, 0 wide, below 0 cancels in mono</source>
        <translation>位相相関：+1 はモノ、0 は広がり、0 未満はモノで打ち消し合う</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CrossoverView</name>
    <message>
        <source>Drag a crossover to move it (Shift: fine); click a band to edit it</source>
        <translation>クロスオーバーをドラッグして移動（Shift: 微調整）、バンドをクリックして編集</translation>
    </message>
</context>
<context>
    <name>lathe::ui::DdpExportPage</name>
    <message>
        <source>Album title</source>
        <translation>アルバムタイトル</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <source>Songwriter</source>
        <translation>作詞者</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>作曲者</translation>
    </message>
    <message>
        <source>Arranger</source>
        <translation>編曲者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Catalogue (UPC/EAN)</source>
        <translation>カタログ番号 (UPC/EAN)</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>12 or 13 digits, optional</source>
        <translation>12桁または13桁(任意)</translation>
    </message>
    <message>
        <source>CD-Text</source>
        <translation>CDテキスト</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Pregap (s)</source>
        <translation>プリギャップ (秒)</translation>
    </message>
    <message>
        <source>ISRC: CC-XXX-YY-NNNNN (hyphens optional). Track 1 needs a pregap of at least 2 s on CD; every track lasts at least 4 s.</source>
        <translation>ISRC: CC-XXX-YY-NNNNN(ハイフンは任意)。CDではトラック1に2秒以上のプリギャップが必要で、各トラックは4秒以上必要です。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>none: the disc has no MCN</source>
        <translation>なし: ディスクにMCNは入りません</translation>
    </message>
    <message>
        <source>valid UPC-A</source>
        <translation>有効なUPC-A</translation>
    </message>
    <message>
        <source>valid EAN-13</source>
        <translation>有効なEAN-13</translation>
    </message>
    <message>
        <source>Written to the disc (CDTEXT.BIN) from the texts above and the track titles and performers.</source>
        <translation>上のテキストと各トラックのタイトル・アーティストからディスクに書き込まれます (CDTEXT.BIN)。</translation>
    </message>
    <message>
        <source>Not written: no album or track text is set.</source>
        <translation>書き込まれません: アルバムにもトラックにもテキストがありません。</translation>
    </message>
    <message>
        <source>Crossfaded into the previous track: no pregap</source>
        <translation>前のトラックとクロスフェード: プリギャップなし</translation>
    </message>
    <message>
        <source>Edit track title</source>
        <translation>トラックのタイトルを編集</translation>
    </message>
    <message>
        <source>Edit track performer</source>
        <translation>トラックのアーティストを編集</translation>
    </message>
    <message>
        <source>Edit ISRC</source>
        <translation>ISRCを編集</translation>
    </message>
    <message>
        <source>Change gap</source>
        <translation>ギャップを変更</translation>
    </message>
</context>
<context>
    <name>lathe::ui::DeclickPanel</name>
    <message>
        <source>Sensitivity</source>
        <translation>感度</translation>
    </message>
</context>
<context>
    <name>lathe::ui::EqCurveView</name>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Delete Band</source>
        <translation>バンドを削除</translation>
    </message>
</context>
<context>
    <name>lathe::ui::EqPanel</name>
    <message>
        <source>mix (A)</source>
        <translation>ミックス (A)</translation>
    </message>
    <message>
        <source>master (B)</source>
        <translation>マスター (B)</translation>
    </message>
    <message>
        <source>Minimum phase</source>
        <translation>ミニマムフェーズ</translation>
    </message>
    <message>
        <source>Linear phase</source>
        <translation>リニアフェーズ</translation>
    </message>
    <message>
        <source>Minimum phase: no latency, the phase turns like an analogue EQ.
Linear phase: no phase shift, with latency and pre-ringing.</source>
        <translation>ミニマムフェイズ：レイテンシーなし、アナログEQのように位相が回ります。
リニアフェイズ：位相シフトなし、レイテンシーとプリリンギングがあります。</translation>
    </message>
    <message>
        <source>Change EQ Phase</source>
        <translation>EQの位相を変更</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>位相</translation>
    </message>
    <message>
        <source>±%1 dB</source>
        <translation>±%1 dB</translation>
    </message>
    <message>
        <source>The gain range the curve shows</source>
        <translation>カーブに表示するゲインの範囲</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>レンジ</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>%1 dB/oct</source>
        <translation>%1 dB/oct</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected band (Del)</source>
        <translation>選択したバンドを削除（Del）</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>周波数</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>スロープ</translation>
    </message>
    <message>
        <source>Double-click the curve to add a band. Drag a node for frequency and gain, turn the wheel over it for Q, right-click for shape and placement.</source>
        <translation>カーブをダブルクリックでバンドを追加。ポイントをドラッグで周波数とゲイン、ポイント上でホイールを回すとQ、右クリックで形状と配置を変更します。</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>バンド %1</translation>
    </message>
    <message>
        <source>No band</source>
        <translation>バンドなし</translation>
    </message>
    <message>
        <source>Edit EQ Band %1</source>
        <translation>EQバンド %1 を編集</translation>
    </message>
    <message>
        <source>Add EQ Band</source>
        <translation>EQバンドを追加</translation>
    </message>
    <message>
        <source>Delete EQ Band %1</source>
        <translation>EQバンド %1 を削除</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ExportDialog</name>
    <message>
        <source>Checking the project…</source>
        <translation>プロジェクトを確認中…</translation>
    </message>
    <message>
        <source>Rendering the tracks through their chains…</source>
        <translation>トラックをチェーンでレンダリング中…</translation>
    </message>
    <message>
        <source>Placing the tracks on the album…</source>
        <translation>トラックをアルバムに配置中…</translation>
    </message>
    <message>
        <source>Mastering the album…</source>
        <translation>アルバムをマスタリング中…</translation>
    </message>
    <message>
        <source>Writing and verifying the DDP image…</source>
        <translation>DDPイメージを書き込み・検証中…</translation>
    </message>
    <message>
        <source>Writing the WAV files…</source>
        <translation>WAVファイルを書き込み中…</translation>
    </message>
    <message>
        <source>Encoding and checking the MP3 files…</source>
        <translation>MP3ファイルをエンコード・確認中…</translation>
    </message>
    <message>
        <source>Measuring the files and writing the report…</source>
        <translation>ファイルを測定しレポートを書き込み中…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>レポートを開く</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>設定に戻る</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Export Release</source>
        <translation>リリースを書き出し</translation>
    </message>
    <message>
        <source>CD master (DDP 2.00)</source>
        <translation>CDマスター (DDP 2.00)</translation>
    </message>
    <message>
        <source>WAV masters</source>
        <translation>WAVマスター</translation>
    </message>
    <message>
        <source>MP3</source>
        <translation>MP3</translation>
    </message>
    <message>
        <source>Render:</source>
        <translation>レンダリング:</translation>
    </message>
    <message>
        <source>Enable %1 export</source>
        <translation>%1 の書き出しを有効化</translation>
    </message>
    <message>
        <source>Disable %1 export</source>
        <translation>%1 の書き出しを無効化</translation>
    </message>
    <message>
        <source>CD / DDP</source>
        <translation>CD / DDP</translation>
    </message>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <source>Release check</source>
        <translation>リリースチェック</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Double-click a track's problem to show the track.</source>
        <translation>トラックの問題をダブルクリックするとそのトラックを表示します。</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>The release folder: DDP/, WAV/, MP3/, report.json and report.html. An earlier release in it is replaced when the new one is complete.</source>
        <translation>リリースフォルダー: DDP/、WAV/、MP3/、report.json、report.html。以前のリリースは新しいリリースが完成した時点で置き換えられます。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Folder for the release</source>
        <translation>リリース用フォルダー</translation>
    </message>
    <message>
        <source>Untitled album</source>
        <translation>無題のアルバム</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n トラック</numerusform></translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <source>Ready: the project and the Red Book rules for the CD are met.</source>
        <translation>準備完了: プロジェクトとCDのレッドブック規格を満たしています。</translation>
    </message>
    <message>
        <source>Ready: the project is complete.</source>
        <translation>準備完了: プロジェクトは完全です。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the release can be rendered:</source>
        <translation><numerusform>レンダリング前に修正が必要な問題が %n 件あります:</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>フォルダーが空ではありません</translation>
    </message>
    <message>
        <source>%1 already holds files that are not a Lathe release.</source>
        <translation>%1 にはLatheのリリースではないファイルが既にあります。</translation>
    </message>
    <message>
        <source>The render replaces its output folder as a whole. Choose an empty or new folder.</source>
        <translation>レンダリングは出力フォルダー全体を置き換えます。空のフォルダーか新しいフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>キャンセルしました: 何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The release was not written.</source>
        <translation>リリースは書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>The release could not be rendered.</source>
        <translation>リリースをレンダリングできませんでした。</translation>
    </message>
    <message>
        <source>The release could not be rendered: %1</source>
        <translation>リリースをレンダリングできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ExportSummary</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Integrated (LUFS)</source>
        <translation>インテグレーテッド (LUFS)</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>トゥルーピーク (dBTP)</translation>
    </message>
    <message>
        <source>LRA (LU)</source>
        <translation>LRA (LU)</translation>
    </message>
    <message>
        <source>MP3 true peak (dBTP)</source>
        <translation>MP3 トゥルーピーク (dBTP)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Loudness of the delivered files</source>
        <translation>納品ファイルのラウドネス</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>書き込まれたファイル</translation>
    </message>
    <message numerus="yes">
        <source>Release written: %n file(s)</source>
        <translation><numerusform>リリースを書き込みました: %n ファイル</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>DDP image read back by the independent reader: %n track(s)</source>
        <translation><numerusform>独立したリーダーでDDPイメージを読み戻しました: %n トラック</numerusform></translation>
    </message>
    <message>
        <source>, checksums match (DDP/checksum.md5).</source>
        <translation>、チェックサム一致 (DDP/checksum.md5)。</translation>
    </message>
    <message>
        <source>, checksums do NOT match.</source>
        <translation>、チェックサムが一致しません。</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
</context>
<context>
    <name>lathe::ui::GainPanel</name>
    <message>
        <source>Gain</source>
        <translation>ゲイン</translation>
    </message>
</context>
<context>
    <name>lathe::ui::GainReductionMeter</name>
    <message>
        <source>Gain reduction</source>
        <translation>ゲインリダクション</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LevelMeter</name>
    <message>
        <source>Peak (bars) and true peak (white marks); click to reset the holds</source>
        <translation>ピーク（バー）とトゥルーピーク（白い目盛り）。クリックでホールドをリセット</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>dBTP</source>
        <translation>dBTP</translation>
    </message>
    <message>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LimiterPanel</name>
    <message>
        <source>Input gain</source>
        <translation>入力ゲイン</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>シーリング</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>Lookahead</source>
        <translation>ルックアヘッド</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>A streaming service's loudness target: sets the ceiling it asks for and shows the loudness to aim at</source>
        <translation>ストリーミングサービスのラウドネス目標：求められる上限を設定し、目指すラウドネスを表示します</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Gain reduction</source>
        <translation>ゲインリダクション</translation>
    </message>
    <message>
        <source>The engine meters the master chain's last active limiter; this one is not it.</source>
        <translation>エンジンが計測するのはマスターチェーン最後の有効なリミッターです。これは該当しません。</translation>
    </message>
    <message>
        <source>Ceiling for %1</source>
        <translation>%1 向けシーリング</translation>
    </message>
    <message>
        <source>Aim for %1 LUFS integrated, ceiling %2 dBTP</source>
        <translation>目標：統合 %1 LUFS、上限 %2 dBTP</translation>
    </message>
    <message>
        <source>Short-term now %1 LUFS (%2 LU)</source>
        <translation>現在のショートターム %1 LUFS（%2 LU）</translation>
    </message>
    <message>
        <source>Short-term now %1 LUFS</source>
        <translation>現在のショートターム %1 LUFS</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LoudnessPanel</name>
    <message>
        <source>Momentary</source>
        <translation>モーメンタリー</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>ショートターム</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>インテグレーテッド</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>レンジ</translation>
    </message>
    <message>
        <source>LU</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>相関</translation>
    </message>
</context>
<context>
    <name>lathe::ui::MainWindow</name>
    <message>
        <source>loudness: unchanged</source>
        <translation>ラウドネス：変更なし</translation>
    </message>
    <message>
        <source>each track to %1 LUFS</source>
        <translation>各トラックを %1 LUFS に</translation>
    </message>
    <message>
        <source>album to %1 LUFS</source>
        <translation>アルバムを %1 LUFS に</translation>
    </message>
    <message>
        <source>Lathe</source>
        <translation>Lathe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Lathe projects (*.lathe)</source>
        <translation>Lathe プロジェクト (*.lathe)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>プロジェクトを開けませんでした。

%1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>Open a project with File ▸ Open Project…</source>
        <translation>ファイル ▸ プロジェクトを開く… でプロジェクトを開きます</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n トラック</numerusform></translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>UPC/EAN %1</source>
        <translation>UPC/EAN %1</translation>
    </message>
    <message>
        <source>Measuring sources: %1 of %2</source>
        <translation>ソースを測定中：%2 件中 %1 件</translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) measured</source>
        <translation>
            <numerusform>%n 件のソースをすべて測定しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>ラウドネス</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>スペクトラム</translation>
    </message>
    <message>
        <source>Streaming platforms</source>
        <translation>ストリーミング配信先</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Tracks…</source>
        <translation>トラックを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>トランスポート(&amp;T)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The album has unsaved changes. Save them?</source>
        <translation>アルバムに未保存の変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>プロジェクトに名前を付けて保存</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>The project was not saved.

%1</source>
        <translation>プロジェクトは保存されませんでした。

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Add Tracks</source>
        <translation>トラックを追加</translation>
    </message>
    <message>
        <source>Audio files (%1)</source>
        <translation>オーディオファイル (%1)</translation>
    </message>
    <message>
        <source>%1[*] — Lathe</source>
        <translation>%1[*] — Lathe</translation>
    </message>
    <message>
        <source>DDP: edits snap to CD frames</source>
        <translation>DDP：編集は CD フレームにスナップ</translation>
    </message>
    <message>
        <source>no DDP</source>
        <translation>DDP なし</translation>
    </message>
    <message>
        <source>  ·  reading waveforms…</source>
        <translation>  ·  波形を読み込み中…</translation>
    </message>
    <message>
        <source>  ·  output: %1, %2 Hz</source>
        <translation>  ·  出力：%1、%2 Hz</translation>
    </message>
    <message>
        <source>  ·  playback unavailable: meters show the sources' analysis at the play head</source>
        <translation>  ·  再生できません：メーターは再生位置でのソース解析を表示</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>まだ何も測定していません。</translation>
    </message>
    <message>
        <source>Track %1 “%2”: measuring…</source>
        <translation>トラック %1「%2」：測定中…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>測定中…</translation>
    </message>
    <message>
        <source>Track %1 “%2”, measured on the source mix (the master is not rendered yet).</source>
        <translation>トラック %1「%2」、ソースミックスで測定（マスターはまだレンダリングされていません）。</translation>
    </message>
    <message>
        <source>A · source mix at the play head (stopped)</source>
        <translation>A · 再生位置のソースミックス（停止中）</translation>
    </message>
    <message>
        <source>B · master (orange) over A · mix (blue)</source>
        <translation>B · マスター（オレンジ）と A · ミックス（青）</translation>
    </message>
    <message>
        <source>Track %1 “%2”: history, integrated and range of the source mix; momentary and short-term live while playing</source>
        <translation>トラック %1「%2」：ソースミックスの履歴・インテグレーテッド・レンジ。再生中のモーメンタリーとショートタームはライブ</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ModuleListView</name>
    <message>
        <source>bypassed, level matched</source>
        <translation>バイパス中・レベル合わせ</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>バイパス中</translation>
    </message>
    <message>
        <source>Signal flows top to bottom. Tick to switch a module on, untick to bypass it; drag to reorder; Delete removes</source>
        <translation>信号は上から下へ流れます。チェックで有効、外すとバイパス。ドラッグで並べ替え、Delete で削除</translation>
    </message>
    <message>
        <source>No modules. Add one with +.</source>
        <translation>モジュールなし。+ で追加します。</translation>
    </message>
</context>
<context>
    <name>lathe::ui::Mp3ExportPage</name>
    <message>
        <source>Constant bitrate (CBR)</source>
        <translation>固定ビットレート (CBR)</translation>
    </message>
    <message>
        <source>Variable bitrate (VBR)</source>
        <translation>可変ビットレート (VBR)</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>highest quality (about 245 kbps)</source>
        <translation>最高品質 (約245 kbps)</translation>
    </message>
    <message>
        <source>smallest files (about 65 kbps)</source>
        <translation>最小ファイル (約65 kbps)</translation>
    </message>
    <message>
        <source>Encoding (LAME)</source>
        <translation>エンコード (LAME)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <source>VBR quality</source>
        <translation>VBR品質</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <source>Release checks and tags</source>
        <translation>リリースチェックとタグ</translation>
    </message>
    <message>
        <source>ID3v2.4 tags written to every file: title, artist, album, album artist, track n/N, date, genre, ISRC and ReplayGain 2.0 track gain and peak (measured on the decoded file). Files are gapless (LAME info tag).</source>
        <translation>すべてのファイルにID3v2.4タグを書き込みます: タイトル、アーティスト、アルバム、アルバムアーティスト、トラック n/N、日付、ジャンル、ISRC、ReplayGain 2.0 のトラックゲインとピーク (デコード後のファイルで測定)。ファイルはギャップレスです (LAME情報タグ)。</translation>
    </message>
    <message>
        <source>MP3 mode</source>
        <translation>MP3モード</translation>
    </message>
    <message>
        <source>MP3 bitrate</source>
        <translation>MP3ビットレート</translation>
    </message>
    <message>
        <source>MP3 VBR quality</source>
        <translation>MP3 VBR品質</translation>
    </message>
    <message>
        <source>%1 kHz, stereo</source>
        <translation>%1 kHz、ステレオ</translation>
    </message>
    <message>
        <source>True-peak ceiling %1 dBTP (the master limiter's): each file is decoded again and, where decoding overshoots it, encoded again with less gain.</source>
        <translation>トゥルーピーク上限 %1 dBTP (マスターリミッターの値): 各ファイルを再デコードし、上限を超えた場合はゲインを下げて再エンコードします。</translation>
    </message>
    <message>
        <source>Files are named by the renderer: MP3/%1 … (the project format has no naming pattern).</source>
        <translation>ファイル名はレンダラーが付けます: MP3/%1 … (プロジェクト形式に命名パターンはありません)。</translation>
    </message>
</context>
<context>
    <name>lathe::ui::MultibandPanel</name>
    <message>
        <source>+ Crossover</source>
        <translation>+ クロスオーバー</translation>
    </message>
    <message>
        <source>− Crossover</source>
        <translation>− クロスオーバー</translation>
    </message>
    <message>
        <source>Linear phase</source>
        <translation>リニアフェーズ</translation>
    </message>
    <message>
        <source>Split the selected band in two at its centre</source>
        <translation>選択バンドを中央で二分割</translation>
    </message>
    <message>
        <source>Merge the selected band with the band above it (the top band: with the one below)</source>
        <translation>選択バンドを上のバンドと統合（最上位バンドは下のバンドと）</translation>
    </message>
    <message>
        <source>FIR crossovers: no phase shift between bands, at the cost of latency</source>
        <translation>FIR クロスオーバー：バンド間の位相ずれなし（レイテンシーと引き換え）</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Solo: hear only the soloed bands</source>
        <translation>ソロ：ソロにしたバンドだけを聴く</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bypass this band's compressor</source>
        <translation>このバンドのコンプレッサーをバイパス</translation>
    </message>
    <message>
        <source>Solo band</source>
        <translation>バンドをソロ</translation>
    </message>
    <message>
        <source>Bypass band</source>
        <translation>バンドをバイパス</translation>
    </message>
    <message>
        <source>Set linear phase</source>
        <translation>リニアフェーズを設定</translation>
    </message>
    <message>
        <source>Move crossover</source>
        <translation>クロスオーバーを移動</translation>
    </message>
    <message>
        <source>Add crossover</source>
        <translation>クロスオーバーを追加</translation>
    </message>
    <message>
        <source>Remove crossover</source>
        <translation>クロスオーバーを削除</translation>
    </message>
    <message>
        <source>Band %1: %2</source>
        <translation>バンド %1: %2</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ParameterControl</name>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>%1 — drag or scroll to change (Shift: fine), double-click for the default (%2), or type a value</source>
        <translation>%1 — ドラッグまたはスクロールで変更（Shift: 微調整）、ダブルクリックで既定値（%2）、または値を入力</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ParameterPanel</name>
    <message>
        <source>Set %1</source>
        <translation>%1 を設定</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PlatformTargetsPanel</name>
    <message>
        <source>Platform</source>
        <translation>配信先</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Playback gain</source>
        <translation>再生ゲイン</translation>
    </message>
    <message>
        <source>Heard at</source>
        <translation>再生時</translation>
    </message>
    <message>
        <source>TP limit</source>
        <translation>TP 上限</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>まだ何も測定していません。</translation>
    </message>
    <message>
        <source>True peak %1 dBTP; %2 allows %3 dBTP</source>
        <translation>トゥルーピーク %1 dBTP。%2 の上限は %3 dBTP</translation>
    </message>
    <message>
        <source>⚠ TP over limit</source>
        <translation>⚠ TP が上限超過</translation>
    </message>
    <message>
        <source>turned down</source>
        <translation>下げられる</translation>
    </message>
    <message>
        <source>turned up</source>
        <translation>上げられる</translation>
    </message>
    <message>
        <source>as mastered</source>
        <translation>マスターのまま</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PlaybackController</name>
    <message>
        <source>Playback unavailable: %1</source>
        <translation>再生できません：%1</translation>
    </message>
    <message>
        <source>%1: playing on the null device</source>
        <translation>%1: ヌルデバイスで再生中</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>オーディオ出力</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未接続）</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>The album's rate</source>
        <translation>アルバムのレート</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation>サンプルレート:</translation>
    </message>
    <message>
        <source>The device's default</source>
        <translation>デバイスの既定値</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation><numerusform>%n フレーム</numerusform></translation>
    </message>
    <message>
        <source>Buffer size:</source>
        <translation>バッファサイズ:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Default folder:</source>
        <translation>既定のフォルダー:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>インターフェース:</translation>
    </message>
    <message>
        <source>A new language applies the next time Lathe starts.</source>
        <translation>新しい言語は次回 Lathe の起動時に適用されます。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>No audio output (keeps time)</source>
        <translation>オーディオ出力なし（時間は進行）</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>既定の書き出しフォルダー</translation>
    </message>
    <message>
        <source>The device chooses its buffer.</source>
        <translation>バッファはデバイスが選択します。</translation>
    </message>
    <message>
        <source>%1 ms per buffer</source>
        <translation>バッファあたり %1 ms</translation>
    </message>
    <message>
        <source>%1 ms per buffer at 48 kHz</source>
        <translation>48 kHz でバッファあたり %1 ms</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ProjectDocument</name>
    <message>
        <source>Move track</source>
        <translation>トラックを移動</translation>
    </message>
    <message numerus="yes">
        <source>Add %n track(s)</source>
        <translation>
            <numerusform>%n トラックを追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n track(s)</source>
        <translation>
            <numerusform>%n トラックを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossfade</source>
        <translation>クロスフェード</translation>
    </message>
    <message>
        <source>Change gap</source>
        <translation>ギャップを変更</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>フェードイン</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>フェードアウト</translation>
    </message>
    <message>
        <source>Fade curve</source>
        <translation>フェードカーブ</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>リニア</translation>
    </message>
    <message>
        <source>Equal power</source>
        <translation>等パワー</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>対数</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>S-curve</source>
        <translation>S カーブ</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ReductionHistory</name>
    <message>
        <source>Gain reduction over the last %1 seconds</source>
        <translation>直近 %1 秒間のゲインリダクション</translation>
    </message>
</context>
<context>
    <name>lathe::ui::StereoPanel</name>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Mono below</source>
        <translation>モノラル化周波数</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>バランス</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TrackListModel</name>
    <message>
        <source>crossfade %1 s</source>
        <translation>クロスフェード %1 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>測定中…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>dBTP</source>
        <translation>dBTP</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>インテグレーテッド</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>トゥルーピーク</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TransferCurveView</name>
    <message>
        <source>Output level over input level: the compressor's static curve</source>
        <translation>入力レベルに対する出力レベル：コンプレッサーの静特性カーブ</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TransportBar</name>
    <message>
        <source>A · MIX</source>
        <translation>A · ミックス</translation>
    </message>
    <message>
        <source>B · MASTER</source>
        <translation>B · マスター</translation>
    </message>
    <message>
        <source>Δ · DELTA (B − A)</source>
        <translation>Δ · デルタ (B − A)</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>先頭へ</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>再生/一時停止</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Loop the region dragged in the ruler (L)</source>
        <translation>ルーラーでドラッグした範囲をループ (L)</translation>
    </message>
    <message>
        <source>A  Mix</source>
        <translation>A  ミックス</translation>
    </message>
    <message>
        <source>B  Master</source>
        <translation>B  マスター</translation>
    </message>
    <message>
        <source>Δ  Delta</source>
        <translation>Δ  デルタ</translation>
    </message>
    <message>
        <source>Hear the mix, loudness-matched to the master (A)</source>
        <translation>マスターとラウドネスを揃えたミックスを聴く (A)</translation>
    </message>
    <message>
        <source>Hear the master (B)</source>
        <translation>マスターを聴く (B)</translation>
    </message>
    <message>
        <source>Hear only what mastering changes: master minus mix (D)</source>
        <translation>マスタリングによる変化だけを聴く：マスター − ミックス (D)</translation>
    </message>
    <message>
        <source>Play head (h:mm:ss.hundredths)</source>
        <translation>再生位置 (h:mm:ss.百分の一秒)</translation>
    </message>
    <message>
        <source>Play head in CD frames (minutes:seconds:frames, 75 frames per second)</source>
        <translation>CD フレームでの再生位置（分:秒:フレーム、毎秒 75 フレーム）</translation>
    </message>
    <message>
        <source>Play/Pause (Space)</source>
        <translation>再生/一時停止 (Space)</translation>
    </message>
    <message>
        <source>Playback unavailable</source>
        <translation>再生できません</translation>
    </message>
    <message>
        <source>CD %1</source>
        <translation>CD %1</translation>
    </message>
    <message>
        <source>Hearing %1</source>
        <translation>試聴中 %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::WavExportPage</name>
    <message>
        <source>One file per track</source>
        <translation>トラックごとに1ファイル</translation>
    </message>
    <message>
        <source>One album file with a cue sheet</source>
        <translation>キューシート付きのアルバム1ファイル</translation>
    </message>
    <message>
        <source>16-bit integer</source>
        <translation>16ビット整数</translation>
    </message>
    <message>
        <source>24-bit integer</source>
        <translation>24ビット整数</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>32ビット浮動小数点</translation>
    </message>
    <message>
        <source>None (truncate)</source>
        <translation>なし (切り捨て)</translation>
    </message>
    <message>
        <source>TPDF</source>
        <translation>TPDF</translation>
    </message>
    <message>
        <source>Noise-shaped</source>
        <translation>ノイズシェーピング</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Word length</source>
        <translation>ビット深度</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <source>Dither</source>
        <translation>ディザー</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>WAV word length</source>
        <translation>WAVビット深度</translation>
    </message>
    <message>
        <source>WAV sample rate</source>
        <translation>WAVサンプルレート</translation>
    </message>
    <message>
        <source>WAV dither</source>
        <translation>WAVディザー</translation>
    </message>
    <message>
        <source>WAV files</source>
        <translation>WAVファイル</translation>
    </message>
    <message>
        <source>Album rate (%1)</source>
        <translation>アルバムのレート (%1)</translation>
    </message>
    <message>
        <source>32-bit float keeps every sample as it is: no dither.</source>
        <translation>32ビット浮動小数点は各サンプルをそのまま保持します: ディザーなし。</translation>
    </message>
    <message>
        <source>Digital silence (pregaps, gaps) stays exact zeros. Noise-shaped dither moves the noise where the ear is least sensitive.</source>
        <translation>デジタル無音 (プリギャップ、ギャップ) は正確にゼロのままです。ノイズシェーピングはノイズを耳が最も鈍い帯域へ移します。</translation>
    </message>
    <message>
        <source>Files are named by the renderer: %1. The project format has no naming pattern; titles are made safe for every file system.</source>
        <translation>ファイル名はレンダラーが付けます: %1。プロジェクト形式に命名パターンはなく、タイトルはどのファイルシステムでも安全な形に直されます。</translation>
    </message>
</context>
</TS>