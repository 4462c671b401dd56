/* Legacy webview check (ES5, no build step): Office 2016 and some 2019 show panes in Internet
   Explorer or EdgeHTML, where React 18 and Fluent UI v9 cannot run. There, say so in plain HTML
   instead of leaving the pane blank, and point to the web page (standalone mode). */
(function () {
  var ua = window.navigator.userAgent;
  var legacy =
    /Trident\/|MSIE |Edge\/\d/.test(ua) ||
    typeof window.Promise === "undefined" ||
    typeof window.fetch === "undefined";
  if (!legacy) return;
  window.__baocaoLegacy = true;
  var root = document.getElementById("root");
  if (!root) return;
  root.innerHTML =
    '<div style="font-family: Segoe UI, Arial, sans-serif; padding: 16px; line-height: 1.5">' +
    '<h1 style="font-size: 20px">Báo cáo</h1>' +
    "<p>Phiên bản Office này hiển thị ngăn tác vụ bằng trình duyệt cũ (Internet Explorer hoặc EdgeHTML), " +
    "nên không chạy được ngăn “Báo cáo”.</p>" +
    "<p>Cách khác: mở trang <b>taskpane.html</b> của Báo cáo bằng Microsoft Edge hoặc Google Chrome " +
    "(chế độ trang web): chọn tệp Excel và tải về báo cáo .docx, mọi xử lý đều trên máy này. " +
    "Hoặc dùng Microsoft 365, Office 2021 trở lên, hoặc Word/Excel trên web.</p>" +
    "</div>";
})();
