export const HELP_TEXT = `thi-dua: chấm điểm, xếp hạng thi đua và dự thảo biên bản cho Cụm thi đua, trên tệp .xlsx
(scores, ranks and drafts the minutes for an emulation cluster, on .xlsx files)

Cách dùng / Usage:
  thi-dua check <tệp.xlsx>... [--pledge <tệp.xlsx>] [--json]
      Kiểm tra số liệu các báo cáo so với giao ước; in các lỗi và cảnh báo.
  thi-dua rank  <tệp.xlsx>... [--pledge <tệp.xlsx>] [--year <năm>]
                [--out <kết-quả.xlsx>] [--docx <biên-bản.docx>] [--next-pledge] [--force] [--json]
      Chấm điểm, xếp hạng, đề nghị khen thưởng; ghi bản sao của tệp đầu tiên có thêm
      các trang "Xếp hạng", "Biên bản", "Kiểm tra" và "TH <đơn vị>"
      (mặc định: <tệp đầu tiên>-xep-hang.xlsx bên cạnh tệp đó; tệp .xlsm cho ra .xlsm).
      Mọi phần khác của sổ (trang tính, biểu đồ, ghi chú, macro, mật khẩu) được giữ nguyên.
  thi-dua template <sổ-cụm.xlsx> [--out <thư mục>] [--year <năm>]
                [--members "đơn vị 1; đơn vị 2"] [--force]
      Tạo mẫu báo cáo từ bảng giao ước: mỗi đơn vị một tệp .xlsx (trang "Báo cáo" để điền
      và bản sao trang giao ước), cho các đơn vị trong "Thứ tự luân phiên" của trang
      Thông tin, hoặc các đơn vị của --members (mặc định: thư mục mau-bao-cao bên cạnh
      sổ của Cụm). Không ghi đè tệp đã có, trừ khi có --force.
  thi-dua demo  [--out <thư mục>] [--sample <tên>]
      Ghi bộ số liệu mẫu vào thư mục (mặc định ./demo) rồi chạy rank trên đó:
      gialai2024 (mặc định: Cụm thi đua số 2 tỉnh Gia Lai, năm 2024) hoặc tiengiang2024
      (bảng điểm ngành kiểu thật: mã a1…, mức điểm, điểm trừ có trần, không giao, điểm thẩm định);
      mẫu báo cáo của các đơn vị ghi vào thư mục con mau-bao-cao.

Tùy chọn / Options:
  --pledge <tệp>   tệp chứa bảng giao ước (mặc định: tệp đầu tiên có bảng giao ước)
  --year <năm>     năm đánh giá, thay cho năm ghi trong sổ
  --out <tệp>      tệp kết quả (.xlsx, hoặc .xlsm khi tệp đầu tiên là .xlsm), trong một
                   thư mục đã có; không được trùng tệp đầu vào; với template và demo: thư mục
  --docx <tệp>     ghi thêm biên bản dạng Word (.docx)
  --next-pledge    ghi thêm trang "Giao ước <năm sau>" để ký kết tại Hội nghị
  --members <tên>  các đơn vị cần mẫu báo cáo, cách nhau bởi dấu ;
  --force          ghi đè tệp đã có (--out / --docx của rank, mẫu báo cáo của template);
                   mặc định: báo lỗi, không ghi đè
  --sample <tên>   với demo: bộ số liệu mẫu (gialai2024, tiengiang2024)
  --json           in kết quả dạng JSON
  --help, -h       hướng dẫn này

Mã thoát / Exit status: 0 xong (có thể có cảnh báo); 1 xong nhưng có lỗi số liệu;
2 không chạy được (tùy chọn sai, thiếu tệp, tệp không đọc được hoặc không phải .xlsx,
tệp kết quả đã có hoặc không ghi được). Không có giao ước hay báo cáo đơn vị: mã 1, không ghi sổ.
Giới hạn / Limits: tệp ≤ 50 MB, giải nén ≤ 500 MB, ≤ 2.000.000 ô có dữ liệu mỗi trang tính.
Các tệp đầu vào không bao giờ bị sửa. / Input files are never modified.
`;
