import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useEditor } from '../../store/editor-context';
import { UploadButton } from '../common/UploadButton';
import { AudioList } from './AudioList';

/** Natural size of an image URL, so the clip keeps the intrinsic size and scales to fit. */
function imageSize(url: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () =>
      resolve({ width: img.naturalWidth || 640, height: img.naturalHeight || 360 });
    img.onerror = () => resolve({ width: 640, height: 360 });
    img.src = url;
  });
}

export function MediaPanel() {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const [imageUrl, setImageUrl] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [posterUrl, setPosterUrl] = useState('');
  const addImage = async (url: string) => {
    const { width, height } = await imageSize(url);
    commands.insert.image(url, width, height);
  };
  return (
    <div>
      <h2>{t('insert.image')}</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (imageUrl.trim()) void addImage(imageUrl.trim()).then(() => setImageUrl(''));
        }}
      >
        <input
          aria-label={t('insert.imageUrl')}
          placeholder={t('insert.httpsPicturePng')}
          value={imageUrl}
          onChange={(e) => setImageUrl(e.target.value)}
        />
        <button type="submit">{t('insert.add')}</button>
      </form>
      <UploadButton
        accept="image/*"
        label={t('insert.uploadImage')}
        onUploaded={(url) => void addImage(url)}
      />
      <h2>{t('insert.video')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (videoUrl.trim()) {
            commands.insert.video(videoUrl.trim(), posterUrl.trim());
            setVideoUrl('');
            setPosterUrl('');
          }
        }}
      >
        <input
          aria-label={t('insert.videoUrl')}
          placeholder={t('insert.httpsClipMp4')}
          value={videoUrl}
          onChange={(e) => setVideoUrl(e.target.value)}
          style={{ width: '100%' }}
        />
        <div className="row">
          <input
            aria-label={t('insert.posterImageUrl')}
            placeholder={t('insert.posterImageOptional')}
            value={posterUrl}
            onChange={(e) => setPosterUrl(e.target.value)}
          />
          <button type="submit">{t('insert.add')}</button>
        </div>
      </form>
      <AudioList />
    </div>
  );
}
