//! A TCP proxy in front of a real server that a test can cut: while down,
//! open connections are dropped and new ones are closed at once, as when a
//! homeserver is unreachable.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};

pub struct Proxy {
    pub url: String,
    down: Arc<AtomicBool>,
    /// Raised on every cut, so that connections opened before it end.
    epoch: Arc<AtomicU64>,
}

impl Proxy {
    /// Proxies `127.0.0.1:<port>` of `target` (an `http://host:port` URL).
    pub async fn start(target: &str) -> Self {
        let target = target
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let down = Arc::new(AtomicBool::new(false));
        let epoch = Arc::new(AtomicU64::new(0));
        let (d, e) = (down.clone(), epoch.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    continue;
                };
                if d.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let target = target.clone();
                let (d, e) = (d.clone(), e.clone());
                let opened = e.load(Ordering::SeqCst);
                tokio::spawn(async move {
                    let Ok(mut outbound) = TcpStream::connect(&target).await else {
                        return;
                    };
                    let cut = async {
                        while !d.load(Ordering::SeqCst) && e.load(Ordering::SeqCst) == opened {
                            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                        }
                    };
                    tokio::select! {
                        _ = copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = cut => {}
                    }
                });
            }
        });
        Self { url, down, epoch }
    }

    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
        self.epoch.fetch_add(1, Ordering::SeqCst);
    }
}
