// Entry point: finds the view for the page and renders it, showing API errors as people can read them.
import * as home from './views/home.js';

const views = { home };

async function start() {
  const root = document.getElementById('app');
  const status = document.querySelector('[data-status]');
  const view = views[root.dataset.view];
  try {
    await view.render(root, status);
  } catch (error) {
    status.dataset.state = 'error';
    status.textContent = error.problem?.title
      ? `服务返回错误：${error.problem.title}（${error.message}）`
      : '无法连接服务，请确认后端已启动（make run）。';
  }
}

start();
