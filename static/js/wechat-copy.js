// 导出公众号稿: copy the article as rich HTML (and plain text) for WeChat's editor.
(function () {
  const button = document.querySelector("[data-wechat-copy]");
  const article = document.querySelector("[data-wechat-article]");
  const status = document.querySelector("[data-wechat-status]");
  if (!button || !article) return;

  function selectArticle() {
    const range = document.createRange();
    range.selectNodeContents(article);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  button.addEventListener("click", async function () {
    const html = article.innerHTML;
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([article.innerText], { type: "text/plain" }),
        }),
      ]);
    } catch (error) {
      selectArticle();
      document.execCommand("copy");
    }
    status.textContent = "已复制";
  });
})();
